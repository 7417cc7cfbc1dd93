"""Tokenwise: a WordPress-style AI blog. Source text for the demo site (see scripts/demo_site/build.py).

Body markup: paragraphs separated by blank lines; a line starting with "## " is a subheading,
lines starting with "- " form a bullet list, a line starting with "> " is a pull quote.
"""

OUTLET = "tokenwise"

ARTICLES = [
    dict(
        id=1,
        slug="deepseek-v3-2-exp-sparse-attention-price-cut",
        title="DeepSeek V3.2-Exp and the price of sparse attention",
        published="2025-10-07T09:40:00+00:00",
        authors=["Priya Raman"],
        category="Models",
        tags=["DeepSeek", "Open weights", "Pricing"],
        summary="DeepSeek's experimental release keeps V3.1-Terminus quality while halving API prices. We look at what DeepSeek Sparse Attention actually changes.",
        body="""DeepSeek rarely explains a release with a press tour, and V3.2-Exp was no exception: a model card, a technical report on GitHub, and a new price list. The price list is the part most developers noticed. DeepSeek cut its API prices by more than half, with output tokens now listed at $0.42 per million and cache hits on input at under three cents per million.

The reason it can do that is DeepSeek Sparse Attention, or DSA. Instead of every token attending to every earlier token, a small "lightning indexer" scores the context and the model attends only to the top-scoring positions. On long prompts this turns a cost that grows with the square of the context into something much closer to linear. DeepSeek trained V3.2-Exp by continuing from V3.1-Terminus, so the comparison between the two is unusually clean.

## Quality held steady

The headline claim is parity, not progress. On MMLU-Pro both models sit at 85.0. On GPQA Diamond, V3.2-Exp scores 79.9 against 80.7 for Terminus, and on Humanity's Last Exam it slips from 21.7 to 19.8. Other results move the other way: V3.2-Exp scored 89.3% on AIME 2025, up from 88.4%, and its Codeforces rating rose to 2121. On SWE-bench Verified it reports 67.8% against 68.4%, which is inside the noise of most agent harnesses.

- MMLU-Pro: 85.0 (unchanged)
- AIME 2025: 89.3% (from 88.4%)
- LiveCodeBench: 74.1% (from 74.9%)
- SWE-bench Verified: 67.8% (from 68.4%)

## Why it matters beyond DeepSeek

Cheap long context changes what is sensible to build. Retrieval pipelines that chunk aggressively to save money can afford to pass whole documents, and agent loops that re-read a growing transcript stop getting more expensive with every step. Alibaba's Qwen team and Moonshot AI have both shipped efficient-attention experiments this year, and OpenAI and Anthropic price long context at a premium, so a credible open-weights alternative puts pressure on everyone.

The "Exp" suffix is doing real work, though. DeepSeek kept V3.1-Terminus online for comparison, and the release notes read like a request for feedback. If the kernels hold up outside DeepSeek's own inference stack, sparse attention will likely be the default in the next DeepSeek release rather than an experiment.""",
    ),
    dict(
        id=2,
        slug="glm-4-6-hands-on-zhipu-coding",
        title="GLM-4.6 hands-on: Zhipu narrows the coding gap",
        published="2025-10-09T16:05:00+00:00",
        authors=["Tomás Ehrlich"],
        category="Hands-on",
        tags=["Zhipu", "GLM", "Coding", "Open weights"],
        summary="A week with Z.ai's GLM-4.6 in real repositories: longer context, fewer tokens per task, and a model that is close to Claude Sonnet 4 on everyday coding.",
        body="""Zhipu AI, which now sells its models under the Z.ai brand, released GLM-4.6 at the end of September, two months after GLM-4.5. The architecture is the same mixture-of-experts design with 355 billion total parameters and about 32 billion active per token, but the context window grows from 128K to 200K tokens and the post-training leans harder into agentic coding.

I spent a week using it through the Z.ai API inside Claude Code and Cline, on a Django project and a small Rust command-line tool. The short version: GLM-4.6 is the first open-weights model I would hand a multi-file refactor without watching every step.

## What the numbers say

Zhipu's own evaluation puts GLM-4.6 ahead of GLM-4.5 on every benchmark it reports. It claims 68.0% on SWE-bench Verified, up from 64.2%, and a large jump on LiveCodeBench v6 to 82.8%. On AIME 2025 it reports 93.9% with tool use. The most interesting number is not a score at all: on Zhipu's CC-Bench, a set of real coding tasks run in Claude Code, GLM-4.6 finished tasks with roughly 15% fewer tokens than GLM-4.5 and reached near parity with Claude Sonnet 4, winning 48.6% of head-to-head comparisons.

Zhipu is careful to say that Claude Sonnet 4.5, which Anthropic released the same week, is still ahead. That matches my experience. Sonnet 4.5 plans better across long sessions; GLM-4.6 occasionally forgets a constraint from twenty turns ago.

## Where it fits

At Z.ai's list price, GLM-4.6 costs a fraction of Sonnet 4.5, and the weights are on Hugging Face under an MIT license. For teams that need to self-host, the comparison that matters is against DeepSeek V3.1 and Qwen3-Coder-480B-A35B. In my tests GLM-4.6 produced cleaner diffs than Qwen3-Coder and was better at running the test suite before declaring victory, while DeepSeek remained stronger on algorithmic puzzles.

The one weak spot is front-end work. Generated React components looked fine in isolation but ignored the project's existing design tokens. That is a prompt problem as much as a model problem, and it is the kind of gap the next point release tends to close.""",
    ),
    dict(
        id=3,
        slug="claude-haiku-4-5-sonnet-4-5-two-tier-coding",
        title="Claude Haiku 4.5 and Sonnet 4.5: Anthropic's two-tier coding bet",
        published="2025-10-16T11:30:00+00:00",
        authors=["Jo Whitfield", "Dev Okafor"],
        category="Models",
        tags=["Anthropic", "Claude", "Coding", "Agents"],
        summary="Anthropic now sells a frontier coding model and a small one that is almost as good at a third of the price. How to split work between them.",
        body="""Two weeks after Claude Sonnet 4.5, Anthropic released Claude Haiku 4.5, and the pairing looks deliberate. Sonnet 4.5 is the planner: the company reports 77.2% on SWE-bench Verified and 61.4% on OSWorld, the computer-use benchmark where it leads every model Anthropic compared against, including GPT-5 and Gemini 2.5 Pro. Haiku 4.5 is the worker: Anthropic says it matches the coding performance of Claude Sonnet 4 from May, scoring 73.3% on SWE-bench Verified, at one third of the price and more than twice the speed.

## The sub-agent pattern

The practical idea is that a large model breaks a task into pieces and a fleet of small models executes them in parallel. Claude Code already supports this, and Anthropic's own demos show Sonnet 4.5 orchestrating several Haiku 4.5 instances. We tried the pattern on a test-migration job in a mid-sized TypeScript codebase: Sonnet 4.5 wrote the plan and reviewed each change, Haiku 4.5 rewrote one test file at a time. The job finished in about a third of the wall-clock time of a Sonnet-only run, and the total bill was roughly half.

Haiku 4.5 is priced at $1 per million input tokens and $5 per million output tokens. Sonnet 4.5 stays at $3 and $15. OpenAI's GPT-5 mini and Google's Gemini 2.5 Flash are cheaper still, so Haiku is not a price leader; its argument is that it behaves like a frontier model in agent loops, calling tools correctly and recovering from errors.

## Caveats

Benchmarks for small models are especially sensitive to the harness. Anthropic's SWE-bench numbers use a simple bash-and-edit tool setup with extended thinking turned off for some runs and on for others, and the footnotes matter. Independent runs on the SWE-bench leaderboard will take a few weeks to appear.

There is also the question of how long the gap between tiers lasts. Claude Sonnet 4 was the best coding model in the world in May. Five months later the same capability costs a third as much. Anyone planning infrastructure around today's price sheet should expect the next Haiku to move the line again.""",
    ),
    dict(
        id=4,
        slug="overwintering-dahlias-balcony",
        title="Off-topic: overwintering dahlias on a windy balcony",
        published="2025-10-17T18:20:00+00:00",
        authors=["Jo Whitfield"],
        category="Off-topic",
        tags=["Gardening", "Personal"],
        summary="Not about models at all. What worked, and what rotted, when we tried to keep dahlia tubers alive through a cold winter without a garden shed.",
        body="""Every October someone on the team asks whether the blog has room for one post that has nothing to do with language models. This is that post. It is about dahlias, and specifically about keeping dahlia tubers alive through the winter when you live in a flat with a north-facing balcony and no shed.

Dahlias grow from tubers that look like a bunch of small, knobbly sweet potatoes. They are tender: a hard frost turns the foliage black within a day, and if the ground freezes the tubers turn to mush. Gardeners with beds and dry sheds lift them, clean them, and store them in crates of compost or sawdust until spring. On a balcony the plants live in pots, which freeze faster than the ground, so doing nothing is not an option.

## What we tried

Last year I split six pots three ways. Two pots stayed outside, wrapped in bubble wrap and pushed against the wall of the building. Two pots were brought inside whole, compost and all, and kept in the coldest corner of the hallway. For the last two I lifted the tubers after the first frost blackened the leaves, let them dry upside down for a week, and packed them in a shoebox with barely damp coir.

The wrapped pots outside did not survive. The compost stayed wet and a cold snap in January finished them off. The pots in the hallway came through, but one tuber started sprouting in February and produced pale, leggy shoots that never recovered. The shoebox tubers were the clear winner: firm in March, with small pink eyes ready to grow.

## This year's plan

This year every tuber goes in a box. I label each one with the variety and the pot it came from, check them once a month, and throw out anything soft before it spreads rot to its neighbours. If a tuber looks shrivelled, a light mist of water usually brings it back.

In April the tubers go back into fresh compost, indoors first, and out onto the balcony once the nights stay above freezing. Normal programming, meaning benchmarks and model releases, resumes next week.""",
    ),
    dict(
        id=5,
        slug="qwen3-max-is-big-is-it-better",
        title="Qwen3-Max is big. Is it better?",
        published="2025-10-22T08:15:00+00:00",
        authors=["Dev Okafor"],
        category="Models",
        tags=["Alibaba", "Qwen", "Benchmarks"],
        summary="Alibaba's first trillion-parameter model is closed, fast and strong on agent benchmarks. Here is how it compares with Qwen3-235B-A22B and the Western frontier.",
        body="""Alibaba's Qwen team built its reputation on open weights, so Qwen3-Max is an odd member of the family. It is the largest model the team has trained, with more than one trillion parameters and a pre-training run of about 36 trillion tokens, and it is available only through Alibaba Cloud's API and the Qwen Chat app. The preview appeared in early September and the full release followed at Alibaba's Apsara conference on 24 September.

## The claims

Alibaba positions the instruct version against Claude Opus 4, DeepSeek V3.1 and Kimi K2. It reports 69.6 on SWE-bench Verified and 74.8 on Tau2-bench, an agentic benchmark that simulates customer-service tasks with tools. On LMArena's text leaderboard the preview entered the top three shortly after launch, behind Gemini 2.5 Pro and GPT-5, according to the snapshot Alibaba cited.

A reasoning variant, Qwen3-Max-Thinking, is still in training. Alibaba says an intermediate checkpoint reached 100% on AIME 2025 and HMMT when allowed to use a code interpreter and parallel test-time compute. That is an impressive number with a lot of qualifiers attached, and we would not compare it directly with scores reported without tools.

## Versus its open siblings

The more useful question for most readers is whether Qwen3-Max is worth paying for when Qwen3-235B-A22B is free to download. The open model, in its July 2507 refresh, already scores around 83 on MMLU-Pro and above 70 on LiveCodeBench in thinking mode. Qwen3-Max is clearly stronger on long agentic tasks and tool calling, and noticeably better at following multi-step instructions in Chinese and English. For single-shot question answering the gap is smaller than the parameter count suggests.

Pricing is tiered by context length, which makes it cheap for short prompts and less attractive for long ones. Qwen3-Coder-480B-A35B remains the better choice for repository-scale coding if you want something you can run yourself.

The broader signal is strategic. Alibaba, like Moonshot AI and Zhipu, is now shipping a closed flagship alongside open models. The open releases build a developer community; the closed one is meant to compete with GPT-5 and Gemini on the API market.""",
    ),
    dict(
        id=6,
        slug="minimax-m2-ten-billion-active-parameters",
        title="MiniMax-M2: ten billion active parameters, top open-weights score",
        published="2025-10-28T13:00:00+00:00",
        authors=["Priya Raman"],
        category="Models",
        tags=["MiniMax", "Open weights", "Agents", "Coding"],
        summary="MiniMax's new model is small where it counts: 230B total, 10B active. Artificial Analysis ranks it first among open-weights models on its intelligence index.",
        body="""Shanghai-based MiniMax released MiniMax-M2 on 27 October with open weights under an MIT license, and within a day it sat at the top of Artificial Analysis's intelligence index for open models. That ranking puts it ahead of DeepSeek V3.2-Exp, Qwen3-235B-A22B and GLM-4.6, and within a few points of closed models such as Claude Sonnet 4.5 and Gemini 2.5 Pro.

The architecture is the interesting part. M2 is a mixture-of-experts model with about 230 billion total parameters but only around 10 billion active for each token. That is a third of what Kimi K2 or GLM-4.6 activate, which translates directly into lower serving cost and higher throughput. MiniMax lists API prices of $0.30 per million input tokens and $1.20 per million output tokens, roughly 8% of what Anthropic charges for Claude Sonnet 4.5.

## Built for agents

MiniMax says it optimised M2 for coding and agent workflows rather than for chat. The model uses interleaved thinking: it reasons between tool calls and keeps that reasoning in the conversation, and the company warns that stripping the thinking blocks from the history degrades performance. Reported scores include 69.4% on SWE-bench Verified, 46.3% on Terminal-Bench and 44.0% on BrowseComp, the web-research benchmark where most open models score far lower.

On general knowledge it is less dominant. MiniMax reports 82 on MMLU-Pro and 78 on GPQA Diamond, solid but behind DeepSeek's and Qwen's largest models. That fits the design: fewer active parameters means less room for memorised facts, and the training budget went to tool use.

## First impressions

In our own quick tests through the API, M2 was fast, followed tool schemas reliably and was good at long shell sessions. It was weaker at open-ended writing and sometimes verbose in its reasoning, which matters because reasoning tokens are billed as output.

For anyone self-hosting, the 10B active parameter count is the headline. A model that competes with GLM-4.6 on SWE-bench Verified while needing a third of the compute per token is exactly what smaller inference providers have been waiting for, and vLLM and SGLang supported it on launch day.""",
    ),
    dict(
        id=7,
        slug="three-weeks-with-gpt-5-in-a-real-codebase",
        title="Three weeks with GPT-5 in a real codebase",
        published="2025-11-03T00:00:00+00:00",
        authors=["Tomás Ehrlich"],
        category="Hands-on",
        tags=["OpenAI", "GPT-5", "Coding"],
        summary="Notes from using GPT-5 and GPT-5-Codex daily on a production service: what improved over o3, where Claude Sonnet 4.5 still wins, and what it costs.",
        date_only_in_url=True,
        body="""OpenAI's GPT-5 has been out since August, and GPT-5-Codex, the version tuned for agentic coding, since mid-September. Launch-week reviews were written in a hurry, so I waited and used both every day for three weeks on the service I maintain at my day job: a Python API, a Postgres database, about 90,000 lines of code and a test suite that takes eleven minutes.

## The numbers OpenAI published

At launch OpenAI reported 74.9% on SWE-bench Verified for GPT-5 with thinking, and 88% on Aider Polyglot. On AIME 2025 it scored 94.6% without tools, and GPT-5 pro reached 88.4% on GPQA Diamond without tools. GPT-5-Codex added a refactoring benchmark of its own where it jumped from 33.9% to 51.3% over GPT-5. None of these told me much about whether it would understand our migration framework.

## What actually changed

The biggest difference from o3 is that GPT-5 knows when to stop thinking. Small edits come back in seconds; hard bugs get minutes of reasoning. GPT-5-Codex in the Codex CLI is better still at this, and it is noticeably more willing to run the tests itself and read the failures before answering.

It is also more honest about uncertainty. Twice it told me it could not reproduce a bug rather than inventing a fix, which no previous OpenAI model did reliably.

## Where it fell short

Claude Sonnet 4.5, which came out shortly before I started and which I ran on the same tasks for comparison, was better at long refactors that touched twenty files. GPT-5 tended to finish the first half of such a plan thoroughly and the second half sloppily. For code review the two were close; Gemini 2.5 Pro was the weakest of the three at following our style guide.

## Cost

On the API, GPT-5 is $1.25 per million input tokens and $10 per million output tokens, cheaper than Sonnet 4.5 on paper. In practice reasoning tokens dominate, and my monthly bill ended up within 10% of what the same work cost with Claude. The real saving came from GPT-5 mini, which handled documentation and test scaffolding for a fraction of the price.""",
    ),
    dict(
        id=8,
        slug="kimi-k2-thinking-300-tool-calls",
        title="Kimi K2 Thinking: the open model that wants 300 tool calls",
        published="2025-11-07T10:10:00+00:00",
        authors=["Renée Duval"],
        category="Models",
        tags=["Moonshot AI", "Kimi", "Agents", "Open weights"],
        summary="Moonshot AI’s reasoning version of Kimi K2 claims state-of-the-art agent scores, native INT4 weights and up to 300 sequential tool calls.",
        legacy_charset=True,
        body="""Moonshot AI’s Kimi K2 was July’s most talked-about open model: a one-trillion-parameter mixture of experts with 32 billion active parameters, released with weights anyone could download. On 6 November the Beijing company followed it with Kimi K2 Thinking, a reasoning variant trained to “think” between tool calls — and, according to Moonshot, to keep doing so for 200 to 300 steps without losing the thread.

## The scores

Moonshot’s headline number is Humanity’s Last Exam. With search, Python and browsing tools, K2 Thinking scored 44.9%, which the company says is ahead of GPT-5 and Claude Sonnet 4.5 in the same setting. On BrowseComp it reports 60.2%, against a human baseline of 29.2%, and on SWE-bench Verified 71.3%. On LiveCodeBench v6 it reports 83.1%.

Those are self-reported figures in agentic mode, and the comparisons use each rival’s published numbers rather than a common harness. Still, the gap to DeepSeek V3.2-Exp, MiniMax-M2 and GLM-4.6 is wide enough that independent evaluators took notice; Artificial Analysis placed it first among open-weights models within days, just ahead of MiniMax-M2.

## Native INT4

The detail engineers are talking about is quantisation. Moonshot used quantisation-aware training so that the model ships in INT4 precision, roughly halving memory and doubling generation speed compared with serving it at FP8. All benchmark numbers were measured at INT4. That makes a trillion-parameter model practical on a single node of eight modern GPUs, which was not true of the original K2 at full precision.

## Caveats, and a café test

Long agent runs are expensive even when the model is cheap: 300 tool calls at a few thousand tokens each add up. Moonshot’s API lists K2 Thinking at $0.60 per million input tokens and $2.50 per million output tokens, but an average research task in our trials consumed over 400,000 tokens.

We gave it one informal task: plan a week of café visits in Lyon with opening hours, prices and a route. It searched, checked each café’s page, noticed that one had closed, and rebuilt the route without being asked — the kind of recovery that GPT-5 handles well and most open models do not. The result was not perfect (it quoted one price in dollars), but it was the best open-weights run we have seen.""",
    ),
    dict(
        id=9,
        slug="gpt-5-1-instant-thinking-what-changed",
        title="GPT-5.1 Instant and Thinking: what changed",
        published="2025-11-12T20:45:00+00:00",
        authors=["Dev Okafor", "Priya Raman"],
        category="Models",
        tags=["OpenAI", "GPT-5", "ChatGPT"],
        summary="OpenAI's first point release of GPT-5 is about tone and adaptive reasoning rather than benchmarks. A tour of the two new models and the personality presets.",
        body="""OpenAI released GPT-5.1 on 12 November, three months after GPT-5, and the announcement contained almost no benchmark numbers. That was intentional. The update targets the complaint that dominated the GPT-5 launch: that the model was capable but cold, and that the automatic router sent simple questions to slow reasoning and hard ones to a fast model.

## Two models, one router

GPT-5.1 Instant is the default chat model. OpenAI says it now uses adaptive reasoning, deciding on its own when a question deserves a short internal deliberation before answering. GPT-5.1 Thinking is the explicit reasoning model, and the change there runs in both directions: it spends less time on easy tasks and more on hard ones. OpenAI's chart shows the fastest responses using about half the tokens of GPT-5 Thinking, while the slowest use roughly twice as many.

The practical result in our first day of testing was that GPT-5.1 Thinking answered short factual questions almost as quickly as Instant, and gave noticeably more careful answers on a set of tricky unit-conversion and date-arithmetic prompts we keep for this purpose.

## Personality presets

ChatGPT now offers presets such as Professional, Candid, Quirky and Efficient, on top of the existing Default, Friendly, Cynical and Nerdy options. This is the first time OpenAI has treated tone as a product feature rather than a system-prompt trick, and it is a response to competition as much as feedback: Anthropic's Claude and xAI's Grok both have distinctive voices that their users like.

## What about benchmarks?

OpenAI said GPT-5.1 improves on GPT-5 on AIME 2025 and Codeforces, without giving new figures in the launch post. The API versions, gpt-5.1 and gpt-5.1-chat-latest, arrived later in the week along with gpt-5.1-codex. Independent numbers will follow, but GPT-5 already sat near the top of most leaderboards, including LMArena, where it held a top-three position through the autumn.

The timing matters too. Google's Gemini 3 and xAI's Grok 4.1 were both widely expected within days. Shipping a friendlier, faster GPT-5 first lets OpenAI claim the conversation before the benchmark tables arrive.""",
    ),
    dict(
        id=10,
        slug="lmarena-top-spot-2025",
        title="A short history of LMArena's top spot in 2025",
        published="2025-11-14T15:30:00+00:00",
        authors=["Jo Whitfield"],
        category="Analysis",
        tags=["LMArena", "Leaderboards", "Google", "OpenAI", "xAI"],
        summary="Gemini 2.5 Pro, GPT-4.5, GPT-5, the Llama 4 controversy: who held first place on the crowd-sourced leaderboard this year, and what the Elo numbers mean.",
        body="""LMArena, the crowd-sourced leaderboard that started life as Chatbot Arena at UC Berkeley, became a company this year and raised a large seed round. Its text leaderboard is still the benchmark most often quoted in launch posts, so it is worth remembering how the top spot changed hands.

## January to March

The year opened with Google's Gemini 2.0 experimental models in first place and OpenAI's GPT-4o close behind. DeepSeek R1 entered the top five in January, the first open-weights model to get that high, with an Elo of about 1,360 at the time. In March, Gemini 2.5 Pro took first place by the widest margin the leaderboard had recorded, around 40 points ahead of the runner-up.

## The Llama 4 episode

In April, Meta announced that an "experimental" Llama 4 Maverick sat second on LMArena with 1,417 Elo. It then emerged that the tested variant was a chat-optimised build, not the released model; the public Maverick ranked far lower when LMArena evaluated it. LMArena changed its policies, and the episode became the standard example of why arena scores need to name the exact model.

## GPT-5 and the summer

Gemini 2.5 Pro held the top spot for most of the spring and summer. GPT-5 arrived in August and tied or narrowly led it depending on the category, with Claude Opus 4.1 leading the WebDev arena. By October, first place in text was shared within the confidence interval by Gemini 2.5 Pro, GPT-5 and Claude Sonnet 4.5 thinking, all around 1,450 Elo, with Qwen3-Max and GLM-4.6 the best models from Chinese labs.

## Reading the numbers

Elo on LMArena is relative, so a score of 1,450 means nothing on its own; what matters is the gap. A 20-point gap means the higher model wins about 53% of head-to-head votes. Style control, which discounts answers for length and markdown formatting, now changes rankings more than most model updates do.

Google's Gemini 3 and xAI's Grok 4.1 are both expected this month, and both companies have a history of launching with an arena score in the first paragraph. Expect the first 1,500 Elo claim before December.""",
    ),
    dict(
        id=11,
        slug="gemini-3-pro-benchmarks-read-carefully",
        title="Gemini 3 Pro benchmarks, read carefully",
        published="2025-11-19T07:50:00+00:00",
        authors=["Priya Raman"],
        category="Analysis",
        tags=["Google", "Gemini", "Benchmarks", "ARC-AGI"],
        summary="Google's new flagship leads on nearly every table it published. We go through the numbers for HLE, ARC-AGI-2, GPQA Diamond and SWE-bench Verified.",
        body="""Google launched Gemini 3 Pro on 18 November with a benchmark table that leads almost every row. The first line was the one we predicted last week: Gemini 3 Pro tops LMArena with 1,501 Elo, the first model past 1,500. Below that the claims get more varied, and they deserve a closer look.

## Reasoning

On Humanity's Last Exam, Gemini 3 Pro scores 37.5% without tools, against 26.5% for GPT-5.1 and 13.7% for Claude Sonnet 4.5 in Google's table. With search and code execution it reaches 45.8%. On GPQA Diamond it reports 91.9%, which is near the ceiling; the remaining questions are ones human experts also dispute. On AIME 2025 it scores 95% without tools and 100% with code execution, which says more about the benchmark than the model.

ARC-AGI-2 is the number worth watching. Gemini 3 Pro reaches 31.1%, and the Gemini 3 Deep Think mode, available to safety testers first, reaches 45.1%. GPT-5.1 sits at 17.6% in the same table and Grok 4 at about 16%. The ARC Prize foundation verified the results on its semi-private set.

## Coding and agents

On SWE-bench Verified Gemini 3 Pro reports 76.2%, behind Claude Sonnet 4.5 at 77.2% and roughly level with GPT-5.1. On Terminal-Bench 2.0 it leads with 54.2%. Google also introduced Antigravity, an agent-first development environment, and made Gemini 3 Pro the default model in it.

## What to discount

Most of these numbers are Google's own runs, with the rival scores taken from their makers' reports or from public leaderboards, and the footnotes show different settings per model. MathArena Apex, where Gemini 3 Pro scores 23.4% against low single digits for everyone else, is new and small. Screen-understanding scores like ScreenSpot-Pro depend heavily on the harness.

None of that changes the picture: on the day of release, Gemini 3 Pro was the strongest generally available model on most public evaluations. The interesting question is how long that lasts, given that OpenAI, Anthropic and xAI all shipped or announced models in the same fortnight.""",
    ),
    dict(
        id=12,
        slug="grok-4-1-lmarena-then-gemini-3",
        title="Grok 4.1 topped LMArena for a day. Then Gemini 3 happened",
        published="2025-11-21T12:00:00+00:00",
        authors=["Dev Okafor"],
        category="Models",
        tags=["xAI", "Grok", "LMArena"],
        summary="xAI's Grok 4.1 arrived with 1,483 Elo and a big drop in hallucinations. Twenty-four hours later Google's launch pushed it to second place.",
        body="""xAI released Grok 4.1 on 17 November, and for roughly a day it held the top two places on LMArena's text leaderboard. The thinking variant, internally codenamed quasarflux, scored 1,483 Elo, and the non-reasoning version 1,465, both above the previous leaders. On 18 November Google published Gemini 3 Pro at 1,501 and the moment was over.

## What xAI changed

Grok 4, released in July, was a strong reasoner with a rough personality. xAI reported 25.4% on Humanity's Last Exam without tools and 44.4% for Grok 4 Heavy with tools, and it was the first model to pass 15% on ARC-AGI-2. Grok 4.1 is not about those benchmarks. xAI says it focused on emotional intelligence, creative writing and factual reliability, and reports that the hallucination rate on real user queries fell from about 12% to about 4% compared with Grok 4 Fast.

It also claims the top score on EQ-Bench3, an emotional-intelligence test judged by another model, and a strong result on a creative-writing benchmark. These are softer measures than AIME or SWE-bench, and xAI did not publish new coding scores.

## Grok 4.1 Fast

Two days later xAI followed with Grok 4.1 Fast and an Agent Tools API. The Fast model has a two-million-token context window and is priced aggressively for agent workloads; xAI reports leading scores on Tau2-bench Telecom and on Berkeley's function-calling leaderboard. For developers this may be the more important release, because it competes directly with Gemini 2.5 Flash, GPT-5 mini and Claude Haiku 4.5.

## The leaderboard race

This was the most crowded week for frontier releases this year. GPT-5.1 launched on 12 November, Grok 4.1 on the 17th, Gemini 3 Pro on the 18th, and Anthropic's Claude Opus 4.5 followed on the 24th. LMArena's top spot changed hands twice in seven days.

Arena scores have a short half-life in weeks like this. Grok 4.1 is still a top-three model on most LMArena categories, and for users who want a chatty assistant with fewer fabricated facts, that matters more than the number in first place.""",
    ),
    dict(
        id=13,
        slug="claude-opus-4-5-swe-bench-80",
        title="Claude Opus 4.5 takes SWE-bench Verified past 80%",
        published="2025-11-26T09:25:00+00:00",
        authors=["Tomás Ehrlich", "Jo Whitfield"],
        category="Models",
        tags=["Anthropic", "Claude", "Coding", "SWE-bench"],
        summary="Anthropic's new flagship is the first model to score above 80% on SWE-bench Verified, and it costs a third of what Opus 4.1 did.",
        body="""Anthropic released Claude Opus 4.5 on 24 November, six days after Google's Gemini 3 Pro, and reclaimed the coding crown with a number that used to sound unreachable. Opus 4.5 scored 80.9% on SWE-bench Verified, ahead of Claude Sonnet 4.5 at 77.2%, GPT-5.1-Codex-Max at 77.9% and Gemini 3 Pro at 76.2%.

## Cheaper than its predecessor

The bigger surprise was the price. Opus 4.5 costs $5 per million input tokens and $25 per million output tokens, a third of the $15 and $75 that Claude Opus 4.1 charged. Anthropic also introduced an "effort" parameter that lets developers trade quality for tokens; at medium effort, the company says, Opus 4.5 matches Sonnet 4.5's best SWE-bench score while using 76% fewer output tokens.

That makes Opus a plausible default model rather than a special-occasion one. In our own two-day test on a backlog of real issues in an open-source Go project, Opus 4.5 closed 14 of 20 issues unassisted, against 11 for Sonnet 4.5, and it did so with fewer retries.

## Other results

Opus 4.5 reports 66.3% on OSWorld for computer use and 37.6% on ARC-AGI-2, behind Gemini 3 Deep Think but ahead of GPT-5.1 and Gemini 3 Pro in standard mode. On Terminal-Bench 2.0 it scores 59.3%. Anthropic also said Opus 4.5 scored higher than any human candidate on the take-home engineering exam it gives to job applicants, within a fixed two-hour limit. That is a striking anecdote, though not a benchmark anyone else can reproduce.

## The competitive picture

In one November fortnight, OpenAI shipped GPT-5.1 and GPT-5.1-Codex-Max, xAI shipped Grok 4.1, Google shipped Gemini 3 Pro and Anthropic shipped Opus 4.5. Each leads on something: Gemini 3 Pro on LMArena and Humanity's Last Exam, Opus 4.5 on SWE-bench Verified and agentic coding, GPT-5.1 on cost-adjusted reasoning.

For coding agents specifically, the gap between the best closed models and open ones such as Kimi K2 Thinking and MiniMax-M2 is now about ten points on SWE-bench Verified. That is smaller than it was a year ago, but it has not closed.""",
    ),
    dict(
        id=14,
        slug="deepseek-v3-2-speciale-olympiad-gold",
        title="DeepSeek V3.2-Speciale and the olympiad medals",
        published="2025-12-02T08:00:00+00:00",
        authors=["Priya Raman"],
        category="Models",
        tags=["DeepSeek", "Open weights", "Reasoning", "Math"],
        summary="DeepSeek's new pair of models claims GPT-5-level reasoning in V3.2 and Gemini 3 Pro-level maths in V3.2-Speciale, with open weights for both.",
        body="""Two months after the experimental release, DeepSeek shipped V3.2 and a high-compute sibling called V3.2-Speciale on 1 December. Both keep the DeepSeek Sparse Attention mechanism from V3.2-Exp and both are open weights under an MIT license. DeepSeek pitches V3.2 as a daily driver at the level of GPT-5, and Speciale as a pure reasoning model that competes with Gemini 3 Pro.

## Medals

The claim getting the most attention is that V3.2-Speciale reached gold-medal level at the 2025 International Mathematical Olympiad and the International Olympiad in Informatics, as well as strong results at the ICPC World Finals. OpenAI and Google DeepMind announced IMO gold with experimental systems in July; DeepSeek is the first to release weights for a model it says performs at that level.

On standard benchmarks, DeepSeek reports that Speciale scored 96.0% on AIME 2025 and 99.2% on HMMT February 2025. V3.2 in thinking mode scores 93.1% on AIME 2025 and reaches 73.1% on SWE-bench Verified, up from 67.8% for V3.2-Exp. On Humanity's Last Exam without tools, V3.2 reports 25.1% and Speciale 30.6%.

## Trade-offs

Speciale is a specialist. It does not support tool calling, it produces very long reasoning traces, and DeepSeek is offering it only through a temporary API endpoint. V3.2 is the general model: it integrates reasoning with tool use, a first for DeepSeek, and the company built a large synthetic pipeline of agent tasks to train it.

Prices stay at the V3.2-Exp level, which means a model that DeepSeek says is comparable to GPT-5 on reasoning costs a fraction of GPT-5 per token. Independent verification will take time, and DeepSeek's own table shows V3.2 still behind Gemini 3 Pro and Claude Opus 4.5 on agentic coding.

## The open-weights frontier

Kimi K2 Thinking, MiniMax-M2, GLM-4.6 and now DeepSeek V3.2 have all shipped in the last ten weeks, all from Chinese labs and all with permissive licenses. Meta's Llama 4 family, released in April, no longer appears near the top of any of these comparisons. Mistral is expected to answer this week.""",
    ),
    dict(
        id=15,
        slug="mistral-large-3-open-weights-return",
        title="Mistral 3: Mistral Large returns as open weights",
        published="2025-12-04T14:35:00+00:00",
        authors=["Jo Whitfield"],
        category="Models",
        tags=["Mistral AI", "Open weights", "Europe"],
        summary="Mistral AI's new family pairs a 675B mixture-of-experts flagship with small dense Ministral models, all under Apache 2.0.",
        body="""Mistral AI released the Mistral 3 family on 2 December, and the headline is a licensing decision as much as a model. Mistral Large 3, the company's new flagship, is a sparse mixture of experts with 41 billion active and 675 billion total parameters, and its weights are available under the Apache 2.0 license. Earlier Mistral Large versions were released under a research license or not at all.

Alongside it come three dense Ministral 3 models at 3, 8 and 14 billion parameters, each in base, instruct and reasoning variants, also under Apache 2.0. Mistral says the small models target laptops, phones and robots, and that they produce far fewer tokens than comparable models for the same answer.

## Where it ranks

Mistral reports that Mistral Large 3 debuted second among open-weights non-reasoning models on LMArena's text leaderboard, behind only Kimi K2, and sixth among open models overall. That places it level with DeepSeek V3.1 and Qwen3-235B-A22B on the crowd-sourced ranking, but behind reasoning models such as Kimi K2 Thinking and DeepSeek V3.2. A reasoning version of Large 3 is promised.

Benchmarks in the launch post were modest. Mistral compared Large 3 against DeepSeek V3.1 and Kimi K2 on MMLU-Pro, GPQA Diamond and LiveCodeBench, with Large 3 roughly level on general knowledge and behind on competitive coding. It did not compare against GPT-5.1, Gemini 3 Pro or Claude Opus 4.5.

## Why it still matters

Mistral Medium 3, released in May, was a closed model aimed at enterprises, and it performed at or above 90% of Claude Sonnet 3.7 at a much lower price. Large 3 changes the offer: a European company now provides a frontier-scale open model with a permissive license and multimodal input, trained on NVIDIA hardware, with deployment help through NVIDIA, Red Hat and the major clouds.

For European companies wary of depending on American APIs or Chinese weights, that is a real alternative. The model is not the strongest open release of the autumn, but it is the only one of its size from outside China with a license this simple.""",
    ),
]
