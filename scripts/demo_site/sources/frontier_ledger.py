"""The Frontier Ledger: a news site with JSON-LD NewsArticle and sitemaps. Source text for the demo site.

Body markup as in tokenwise.py. Extra keys:
  paywalled=True      only the first two paragraphs are served, plus a subscribe box
  correction=...      paragraph appended in revision 2 (with modified_v2)
"""

OUTLET = "frontier-ledger"

ARTICLES = [
    dict(
        id=1,
        slug="openai-devday-apps-agentkit-gpt-5-pro-api",
        section="Companies",
        title="OpenAI DevDay: apps inside ChatGPT, AgentKit and GPT-5 Pro in the API",
        published="2025-10-06T14:10:00-04:00",
        modified="2025-10-06T18:35:00-04:00",
        authors=["Maren Holt"],
        keywords=["OpenAI", "ChatGPT", "GPT-5", "Developers"],
        description="OpenAI used its developer conference to turn ChatGPT into a platform and to put GPT-5 Pro and Sora 2 in its API.",
        body="""OpenAI used its annual developer conference in San Francisco on Monday to pitch ChatGPT as an operating system for apps. Chief executive Sam Altman said ChatGPT now has 800 million weekly users, and announced an Apps SDK that lets companies such as Spotify, Zillow, Canva and Booking.com run interactive apps inside a conversation.

The company also introduced AgentKit, a set of tools for building and deploying agents that includes a visual workflow builder and an embeddable chat interface. It competes with frameworks from Anthropic, Google and a crowd of start-ups, and it arrives as every large lab argues that agents, not chatbots, will carry the next wave of revenue.

## New models in the API

On the model side, OpenAI made GPT-5 Pro available to developers. The model, previously limited to ChatGPT Pro subscribers, uses more compute per answer and reported 88.4% on GPQA Diamond without tools at the GPT-5 launch in August. It is priced at $15 per million input tokens and $120 per million output tokens, among the most expensive models on the market.

OpenAI also released the Sora 2 video model in the API, a smaller real-time voice model and gpt-image-1-mini. Codex, its coding agent built on GPT-5-Codex, became generally available with a Slack integration and an SDK.

## The competition

The announcements come a week after Anthropic released Claude Sonnet 4.5, which now leads SWE-bench Verified with 77.2%, and as Google prepares the successor to Gemini 2.5 Pro. Chinese labs have been releasing open models at a furious pace: DeepSeek V3.2-Exp, Zhipu's GLM-4.6 and Alibaba's Qwen3-Max all appeared in the last two weeks of September.

OpenAI also announced a multi-year chip deal with AMD on Monday morning, adding to agreements with Nvidia and Broadcom. Altman declined to say how the company would pay for the roughly 26 gigawatts of computing capacity it has now committed to, telling reporters that revenue would grow to match.

Developers at the event were most interested in the Apps SDK. Several said the real test would be whether ChatGPT users discover apps on their own, or whether the feature repeats the fate of the GPT Store, which launched with fanfare in 2024 and faded.""",
    ),
    dict(
        id=2,
        slug="chinese-open-weight-labs-quarter-review",
        section="Analysis",
        title="Chinese open-weight labs set the pace in a crowded quarter",
        published="2025-10-13T07:00:00-04:00",
        modified="2025-10-13T09:20:00-04:00",
        authors=["Lin Zhao", "Samuel Adeyemi"],
        keywords=["DeepSeek", "Qwen", "Kimi", "GLM", "Open weights", "China"],
        description="DeepSeek, Alibaba, Moonshot AI and Zhipu released more competitive open models in the third quarter than all US labs combined.",
        body="""In the three months to the end of September, Chinese AI labs released more competitive open-weights models than all American companies combined, according to a count by The Frontier Ledger of models that entered the top 20 of LMArena's text leaderboard or Artificial Analysis's intelligence index.

Alibaba's Qwen team alone shipped Qwen3-235B-A22B-2507 in instruct and thinking versions, Qwen3-Coder-480B-A35B, the efficient Qwen3-Next-80B-A3B and the Qwen3-VL vision models. Moonshot AI's Kimi K2, a one-trillion-parameter mixture of experts, arrived in July and was updated in September. Zhipu released GLM-4.5 in July and GLM-4.6 on 30 September. DeepSeek published V3.1 in August, V3.1-Terminus in September and the experimental V3.2-Exp on 29 September.

## A narrowing gap

On reasoning and coding benchmarks the best of these models now trail the leading closed systems by months rather than years. Qwen3-235B-A22B-Thinking-2507 reports 92.3% on AIME 2025, comparable to OpenAI's o3 at its release. Kimi K2 reports 65.8% on SWE-bench Verified in a single attempt, and GLM-4.6 claims 68.0%. Claude Sonnet 4.5, the leader, scores 77.2%.

On the other side of the Pacific, the only major American open release of the quarter was OpenAI's gpt-oss, a pair of models at 120 billion and 20 billion parameters released in August. Meta, which defined open-weights AI with the Llama series, has said little about Llama 4 Behemoth since April and reorganised its AI division into Meta Superintelligence Labs over the summer.

## Why the pace

Researchers and investors interviewed for this article gave several reasons. Chinese labs face export controls on the most advanced Nvidia chips, which rewards efficient architectures such as mixture of experts and sparse attention. Open releases also help them win developers in markets where American APIs are expensive or unavailable.

"Open weights are the distribution strategy," said one investor in Beijing who asked not to be named because his firm holds stakes in two of the labs. "You cannot sell an API to someone who has never tried your model."

Whether that lead lasts depends partly on Washington. Several lawmakers have proposed restrictions on Chinese models in US government systems, and some American companies have quietly banned them over data concerns, even when the weights run on their own servers.""",
    ),
    dict(
        id=3,
        slug="alibaba-qwen3-developers-adoption",
        section="Companies",
        title="Why developers keep choosing Qwen3",
        published="2025-10-15T10:45:00-04:00",
        modified="2025-10-15T10:45:00-04:00",
        authors=["Lin Zhao"],
        keywords=["Alibaba", "Qwen", "Hugging Face", "Open weights"],
        description="Qwen models have become the most fine-tuned base models on Hugging Face. Developers explain why they switched from Llama.",
        body="""Alibaba's Qwen family has quietly become the default starting point for open-source AI developers. By October, Qwen models accounted for more derivative models on Hugging Face than any other family, overtaking Meta's Llama, according to figures the platform shared with researchers.

The shift has been driven by breadth. Qwen3, released in April, came in eight sizes from 0.6 billion to 235 billion parameters, all under the Apache 2.0 license. The flagship Qwen3-235B-A22B activates only 22 billion parameters per token, and the small dense models run on a laptop. "If you need a model at a specific size, Qwen has it," said Aisha Karim, a machine-learning engineer at a Lagos start-up that fine-tunes small models for customer service in Yoruba and Hausa.

## Licensing and language

Developers interviewed by The Frontier Ledger also cited the license. Llama 4, released in April, uses a custom license with restrictions for very large companies and an acceptable-use policy. Qwen3's Apache 2.0 terms are simpler for legal teams. Qwen3 also supports 119 languages and dialects, which matters for companies outside the English-speaking market.

Benchmark results helped. The July update, Qwen3-235B-A22B-Instruct-2507, scores 83.0 on MMLU-Pro and 77.5 on GPQA Diamond according to Alibaba, and the thinking version reports 74.1% on LiveCodeBench. Llama 4 Maverick reports 80.5 on MMLU-Pro and 69.8 on GPQA Diamond.

## Not all open

Alibaba's biggest model, Qwen3-Max, is not open. The trillion-parameter system, launched in September, is available only through Alibaba Cloud, and the company has been explicit that it sees the API as a business. Qwen3-Coder-480B-A35B, its coding specialist, is open, and competes with DeepSeek V3.1 and GLM-4.6 as the engine behind open-source coding assistants.

Some Western companies remain wary of Chinese models. Several developers said their customers asked whether Qwen models could send data back to Alibaba. When the weights run on local hardware, they cannot, but the perception persists and has kept some enterprise buyers on Llama, Mistral or gpt-oss.

Alibaba says it will spend more than 380 billion yuan on AI infrastructure over three years, and has promised to keep releasing open models alongside the closed flagship.""",
    ),
    dict(
        id=4,
        slug="deepseek-ocr-vision-text-compression",
        section="Research",
        title="DeepSeek-OCR turns documents into images to save tokens",
        published="2025-10-21T11:00:00-04:00",
        modified="2025-10-21T15:10:00-04:00",
        authors=["Samuel Adeyemi"],
        keywords=["DeepSeek", "OCR", "Vision", "Long context"],
        description="A small DeepSeek model compresses pages of text into a few hundred vision tokens, an idea researchers say could extend context windows.",
        body="""DeepSeek released a small open-source model on Monday that reads documents, and researchers say the idea behind it matters more than the product. DeepSeek-OCR compresses a page of text into a much smaller number of vision tokens and then decodes the text back out, suggesting that language models could store long histories as images rather than as text.

In the accompanying paper, the Hangzhou company reports that at a compression ratio of under ten to one, the model recovers the original text with about 97% precision. At twenty to one, precision falls to around 60%. The model has about three billion parameters, combining a vision encoder DeepSeek calls DeepEncoder with a small mixture-of-experts decoder.

## Why compression matters

Large language models pay for every token in their context window, and the cost of attention grows quickly with length. DeepSeek's recent V3.2-Exp model attacked the problem with sparse attention. DeepSeek-OCR suggests a different route: old parts of a conversation could be rendered as images at lower and lower resolution, much as human memory fades, while recent turns stay in full text.

Andrej Karpathy, a former OpenAI researcher, wrote on social media that the paper raised the question of whether pixels might be a better input than text tokens for language models in general. Other researchers were more cautious, noting that the experiments cover document OCR and not reasoning over compressed context.

## Practical use

As an OCR system the model is already competitive. DeepSeek reports that it beats GOT-OCR 2.0 and MinerU 2.0 on the OmniDocBench benchmark while using far fewer tokens per page, and that a single Nvidia A100 can process more than 200,000 pages a day. That makes it attractive for building training data from scanned books and PDFs, which is the use DeepSeek itself describes.

The release follows a pattern. DeepSeek publishes research models with weights and code on GitHub and Hugging Face, often without announcement, and lets the paper speak. Alibaba's Qwen3-VL and Zhipu's GLM-4.5V are the closest open competitors for document understanding; Google's Gemini 2.5 Pro remains the strongest closed model on most OCR benchmarks.""",
    ),
    dict(
        id=5,
        slug="night-bus-expansion-council-vote",
        section="Local",
        title="Council approves night bus expansion on four routes",
        published="2025-10-23T19:30:00-04:00",
        modified="2025-10-23T19:30:00-04:00",
        authors=["Clara Neumann"],
        keywords=["Transit", "City council", "Buses"],
        description="Four bus routes will run all night from January after a 9-2 council vote, funded partly by a parking fee increase.",
        non_ai=True,
        body="""The city council voted 9-2 on Thursday to run four bus routes through the night starting in January, the largest expansion of overnight service in more than a decade. The routes cover the hospital district, the airport corridor, the university and the east side industrial park, where thousands of workers start or finish shifts between midnight and 5 a.m.

Buses on the four routes will run every 30 minutes overnight on weekdays and every 20 minutes on Friday and Saturday nights. The transit authority estimates the service will cost $6.8 million a year, to be paid from a state grant for the first two years and from an increase in downtown parking meter rates.

## Shift workers pushed for the change

Supporters packed the council chamber. Nurses, warehouse staff and restaurant workers described walking for an hour or paying for ride-hailing trips that cost a large share of a night's wages. "I finish at 2 a.m. and the last bus left at 12:40," said Teresa Alvarado, a cleaner at the airport. "For three years I have paid twenty dollars to get home."

The two council members who voted against the plan said they supported night service but objected to the parking fee increase, which they argued would hurt small businesses downtown. An amendment to fund the service from the general budget instead failed.

## What changes for riders

The transit authority said it would hire 38 additional drivers and add lighting and real-time arrival screens at 60 stops along the new routes. Riders will be able to request that drivers stop between official stops after 10 p.m., a safety measure that several other cities have adopted.

Officials plan to publish ridership figures after six months. If the four routes meet their targets, the authority will propose adding two more next year, including a route to the northern suburbs that residents have requested for years.

Service begins on January 12. Timetables will be posted at stops and on the transit authority's website in December.""",
    ),
    dict(
        id=6,
        slug="minimax-m2-pricing-undercuts-rivals",
        section="Companies",
        title="MiniMax-M2 undercuts rivals at a fraction of Claude's price",
        published="2025-10-29T08:30:00-04:00",
        modified="2025-10-29T12:00:00-04:00",
        authors=["Rafael Ortiz"],
        keywords=["MiniMax", "Pricing", "Open weights", "Agents"],
        description="Shanghai start-up MiniMax bets that cheap, fast agent models will win customers from Anthropic and OpenAI.",
        body="""MiniMax, a Shanghai start-up backed by Alibaba and Tencent, is betting that price will decide the market for AI agents. Its new model, MiniMax-M2, released on Monday with open weights, costs $0.30 per million input tokens and $1.20 per million output tokens through the company's API, which MiniMax says is about 8% of the price of Anthropic's Claude Sonnet 4.5 at roughly twice the speed.

The company made the API free for a limited period after launch, and usage on the model routing service OpenRouter climbed into the top ten within days. MiniMax says M2 is built for coding and agent tasks, reporting 69.4% on SWE-bench Verified, against 77.2% for Claude Sonnet 4.5 and 74.9% for OpenAI's GPT-5.

## Efficient by design

M2 activates about 10 billion of its 230 billion parameters for each token, far fewer than rival open models such as Moonshot AI's Kimi K2 or Zhipu's GLM-4.6, each of which activates around 32 billion. Fewer active parameters mean less computing per token, which lets MiniMax charge less and still, it says, make money on inference.

The independent benchmarking firm Artificial Analysis placed M2 first among open-weights models on its composite intelligence index, which averages ten evaluations including MMLU-Pro, GPQA Diamond, Humanity's Last Exam and LiveCodeBench.

## A crowded field

MiniMax, founded in 2021, is best known in China for its Talkie companion app and the Hailuo video generator. It filed for a Hong Kong listing this year, according to people familiar with the matter. Its previous flagship, MiniMax-M1, drew attention for a one-million-token context window but trailed DeepSeek R1 on most reasoning benchmarks.

Analysts say price competition among Chinese labs has become intense. DeepSeek cut its API prices by more than half in September, and Alibaba and Zhipu have followed with discounts of their own. "Every release now comes with a price cut," said Wei Chen, an analyst at a Hong Kong brokerage. "The models are converging on quality, so the fight moves to cost and speed."

American companies have responded mostly with smaller models: Anthropic's Claude Haiku 4.5, released this month, and OpenAI's GPT-5 mini both target the same developers at higher prices.""",
    ),
    dict(
        id=7,
        slug="benchmarks-saturating-what-replaces-them",
        section="Analysis",
        title="AI benchmarks are saturating. What replaces them?",
        published="2025-11-04T06:00:00-05:00",
        modified="2025-11-04T06:00:00-05:00",
        authors=["Maren Holt"],
        keywords=["Benchmarks", "Evaluation", "GPQA", "Humanity's Last Exam", "ARC-AGI"],
        description="Frontier models now score above 90% on tests that were designed to last years. Researchers are racing to build harder ones.",
        paywalled=True,
        body="""When researchers released GPQA Diamond in late 2023, the best model, GPT-4, answered about 36% of its graduate-level science questions correctly. Two years later, GPT-5 and Gemini 2.5 Pro both score above 85%, and the benchmark's authors say the remaining questions are often ones that human experts themselves disagree on. The same story has played out on MMLU, on MATH and, this year, on AIME 2025, where several models score above 90% without tools.

That leaves AI companies, investors and regulators with a problem: the tests everyone quotes no longer separate the best models from each other. Newer benchmarks such as Humanity's Last Exam, ARC-AGI-2 and SWE-bench Verified still do, but each has weaknesses, from contamination to narrow scope, and the labs that build the models increasingly also build the tests.""",
    ),
    dict(
        id=8,
        slug="moonshot-ai-releases-kimi-k2-thinking",
        section="Companies",
        title="Moonshot AI releases Kimi K2 Thinking, an open model built for agents",
        published="2025-11-07T09:15:00-05:00",
        modified="2025-11-07T09:15:00-05:00",
        modified_v2="2025-12-06T10:40:00-05:00",
        authors=["Lin Zhao"],
        keywords=["Moonshot AI", "Kimi", "Open weights", "Agents"],
        description="The Beijing start-up says its new reasoning model beats GPT-5 on an agentic version of Humanity's Last Exam.",
        body="""Moonshot AI, the Beijing start-up behind the Kimi chatbot, released Kimi K2 Thinking on Thursday, an open-weights reasoning model that the company says outperforms OpenAI's GPT-5 and Anthropic's Claude Sonnet 4.5 on several agent benchmarks. The release is the latest sign that Chinese labs are competing at the frontier with models anyone can download.

K2 Thinking builds on Kimi K2, a one-trillion-parameter mixture-of-experts model with 32 billion active parameters that Moonshot released in July. The new version is trained to reason step by step and to call tools such as web search and a code interpreter in long chains, which Moonshot says can run to 200 to 300 consecutive calls.

## The claims

Moonshot reports that K2 Thinking scored 44.9% on Humanity's Last Exam with tools, compared with 41.7% for GPT-5 in the same setting, and 60.2% on BrowseComp, a benchmark of hard web-research questions. On SWE-bench Verified it reports 71.3%, behind Claude Sonnet 4.5 at 77.2% but ahead of every other open model.

The model is released under a modified MIT license that requires very large commercial users to display the Kimi K2 name. Moonshot trained it to run at INT4 precision, which the company says roughly doubles generation speed. Its API price is $0.60 per million input tokens and $2.50 per million output tokens.

## Cost of training

CNBC reported, citing a person familiar with the matter, that the training run cost about $4.6 million. Moonshot has not confirmed the figure, and such numbers typically exclude research, data and earlier experiments. The report nonetheless revived the debate that followed DeepSeek R1 in January about how much frontier performance really costs.

Moonshot is backed by Alibaba and Tencent and was valued at about $3.3 billion in its last funding round. Its chatbot competes in China with DeepSeek, ByteDance's Doubao and Alibaba's Qwen app.

Independent evaluators were quick to test the model. Artificial Analysis ranked it the strongest open-weights model on its index, narrowly ahead of MiniMax-M2, and LMArena added it to its leaderboard within a day. Developers reported that the model was slow at launch as demand overwhelmed Moonshot's servers.""",
        correction="""Correction, December 6: An earlier version of this article said Kimi K2 Thinking scored 71.3% on SWE-bench Verified using a multi-attempt setup. Moonshot AI reports that figure for a single attempt with its own agent harness. The article also misstated the license; it is a modified MIT license, whose attribution clause applies only to products with more than 100 million monthly active users or $20 million in monthly revenue.""",
    ),
    dict(
        id=9,
        slug="gpt-5-1-rolls-out-chatgpt",
        section="Companies",
        title="OpenAI rolls out GPT-5.1 with warmer tone and adaptive reasoning",
        published="2025-11-12T15:20:00-05:00",
        modified="2025-11-13T10:00:00-05:00",
        authors=["Maren Holt", "Rafael Ortiz"],
        keywords=["OpenAI", "GPT-5.1", "ChatGPT"],
        description="OpenAI's update to GPT-5 responds to complaints about tone and routing, days before expected launches from Google and xAI.",
        body="""OpenAI began rolling out GPT-5.1 to paying ChatGPT users on Wednesday, an update to the GPT-5 model it launched in August. The company said the new version is "warmer, more intelligent and better at following your instructions", and added personality presets that let users choose between styles such as Professional, Friendly and Candid.

The update includes two models. GPT-5.1 Instant, the default for most conversations, can now decide when to reason before answering. GPT-5.1 Thinking adjusts how long it thinks to the difficulty of the question, spending less time on simple requests and more on hard ones. OpenAI said the old GPT-5 models would remain available to paying subscribers for three months.

## Responding to criticism

GPT-5's launch in August drew complaints from users who preferred the personality of GPT-4o and who found the automatic switching between fast and slow models unpredictable. OpenAI restored GPT-4o for paying users within days. Fidji Simo, OpenAI's chief executive of applications, wrote in a blog post that the company wanted ChatGPT to "feel like yours".

OpenAI did not publish a full benchmark table. It said GPT-5.1 improved on GPT-5 in mathematics and coding evaluations, including AIME 2025 and Codeforces. At launch in August, GPT-5 scored 94.6% on AIME 2025 without tools and 74.9% on SWE-bench Verified.

## A crowded month

The release comes as rivals prepare their own. Google is widely expected to launch Gemini 3 within days, and xAI has said Grok 4.1 is close. Anthropic's Claude Sonnet 4.5, released in September, currently leads most coding benchmarks, and Moonshot AI's open Kimi K2 Thinking last week claimed to beat GPT-5 on agentic tasks.

Developers will get GPT-5.1 in the API later this week, OpenAI said, with the same pricing as GPT-5. The company also plans a GPT-5.1 version of its Codex coding agent.

OpenAI says ChatGPT has more than 800 million weekly users. The company is also dealing with lawsuits over the model's handling of conversations with vulnerable users, and said GPT-5.1 includes updated safeguards developed with mental-health experts.""",
    ),
    dict(
        id=10,
        slug="google-gemini-3-pro-launch-lmarena-1501",
        section="Companies",
        title="Google launches Gemini 3 Pro, first model past 1,500 on LMArena",
        published="2025-11-18T11:05:00-05:00",
        modified="2025-11-18T17:45:00-05:00",
        authors=["Samuel Adeyemi", "Maren Holt"],
        keywords=["Google", "Gemini 3", "LMArena", "Benchmarks"],
        description="Google's new flagship leads on Humanity's Last Exam, ARC-AGI-2 and the LMArena leaderboard, and ships in Search on day one.",
        amp=True,
        body="""Google released Gemini 3 Pro on Tuesday, calling it its most intelligent model, and put it straight into the Gemini app, Google Search's AI Mode and its developer tools. The model tops LMArena with 1,501 Elo, the first to cross 1,500 on the crowd-sourced leaderboard, displacing xAI's Grok 4.1, which had led for a day.

Sundar Pichai, Alphabet's chief executive, said the Gemini app now has 650 million monthly users, and that AI Overviews in Search reach two billion people a month. Shipping a new model in Search on its first day is a change for Google, which has usually waited weeks or months.

## Benchmark lead

Google said Gemini 3 Pro scored 37.5% on Humanity's Last Exam without tools, against 26.5% for OpenAI's GPT-5.1, and 91.9% on GPQA Diamond. On ARC-AGI-2, a test of abstract reasoning where most models score in single digits, it reached 31.1%, and an enhanced Gemini 3 Deep Think mode reached 45.1%. The ARC Prize foundation confirmed both scores.

In coding, Gemini 3 Pro scored 76.2% on SWE-bench Verified, slightly below Anthropic's Claude Sonnet 4.5 at 77.2%. It led on Terminal-Bench 2.0 with 54.2% and on WebDev Arena with 1,487 Elo.

## Antigravity

Google also launched Antigravity, a development environment built around AI agents that can operate an editor, a terminal and a browser. It is free in preview and supports Anthropic's Claude Sonnet 4.5 and OpenAI's open gpt-oss model alongside Gemini 3 Pro.

Developers will pay $2 per million input tokens and $12 per million output tokens for prompts up to 200,000 tokens, more than Gemini 2.5 Pro charged. Demis Hassabis, chief executive of Google DeepMind, said the model was a step toward systems that could act as collaborators rather than tools.

Shares of Alphabet rose after the launch. Analysts said Gemini 3 Pro had answered doubts, common early this year, that Google was falling behind OpenAI. The release caps a year in which Google's model Gemini 2.5 Pro, launched in March, held the top of LMArena for longer than any other model.""",
    ),
    dict(
        id=11,
        slug="xai-grok-4-1-release",
        section="Companies",
        title="xAI releases Grok 4.1, claiming fewer hallucinations",
        published="2025-11-17T21:30:00-05:00",
        modified="2025-11-17T21:30:00-05:00",
        authors=["Rafael Ortiz"],
        keywords=["xAI", "Grok", "LMArena", "Hallucinations"],
        description="Elon Musk's AI company says Grok 4.1 leads LMArena and cuts factual errors by two thirds.",
        body="""Elon Musk's xAI released Grok 4.1 on Monday, saying the model is more emotionally perceptive, better at creative writing and far less likely to make up facts than its predecessor. The company said a reasoning version of the model had reached first place on LMArena's text leaderboard with 1,483 Elo, with the non-reasoning version second at 1,465.

The model is available free on grok.com, on X and in xAI's mobile apps. xAI said it had quietly tested Grok 4.1 with a fraction of users over two weeks, and that they preferred it to the previous production model in 64.8% of blind comparisons.

## Fewer errors

xAI said the hallucination rate on a sample of real user questions that required facts fell to 4.2% from 12.1% for Grok 4 Fast. The company also reported the top score on EQ-Bench3, a test of emotional intelligence, and high marks on a creative-writing benchmark, both of which are graded by another AI model.

xAI did not publish new results on reasoning benchmarks such as Humanity's Last Exam or ARC-AGI-2. Its Grok 4 model, released in July, scored 25.4% on Humanity's Last Exam without tools and 15.9% on ARC-AGI-2, at the time the highest verified score on that test.

## Short-lived lead

The timing proved awkward. Google launched Gemini 3 Pro less than a day later, with an LMArena score of 1,501 Elo, pushing Grok 4.1 to second place. OpenAI released GPT-5.1 last week and Anthropic is expected to follow with a new Claude Opus model.

xAI has raised billions of dollars this year to build its Colossus data centres in Memphis, and Musk has said Grok 5, due early next year, will be trained on far more computing power. xAI also released Grok 4.1 Fast, a cheaper model for developers with a two-million-token context window, and an API for building agents.

Critics have pointed to earlier episodes in which Grok produced offensive content after changes to its instructions. xAI said Grok 4.1 had passed its internal safety evaluations and published a model card alongside the release.""",
    ),
    dict(
        id=12,
        slug="anthropic-claude-opus-4-5-lower-prices",
        section="Companies",
        title="Anthropic releases Claude Opus 4.5 and cuts prices by two thirds",
        published="2025-11-24T13:00:00-05:00",
        modified="2025-11-24T16:20:00-05:00",
        authors=["Maren Holt"],
        keywords=["Anthropic", "Claude", "Coding", "Pricing"],
        description="Anthropic's new flagship leads SWE-bench Verified at 80.9% and costs $5 per million input tokens.",
        body="""Anthropic released Claude Opus 4.5 on Monday, saying it is the best model in the world for coding, agents and computer use. The company cut the price of its top model by two thirds, to $5 per million input tokens and $25 per million output tokens, and removed Opus-specific usage caps for subscribers to its Claude apps.

Opus 4.5 scored 80.9% on SWE-bench Verified, the first model to pass 80% on the benchmark of real software-engineering tasks. Google's Gemini 3 Pro, released last week, scored 76.2%, and OpenAI's GPT-5.1-Codex-Max, released on Wednesday, 77.9%.

## Efficiency

Anthropic said Opus 4.5 uses far fewer tokens than earlier models to reach the same results. A new setting lets developers choose how much effort the model spends. At medium effort, the company said, Opus 4.5 matches the best SWE-bench score of Claude Sonnet 4.5 while using 76% fewer output tokens, and at the highest effort it beats Sonnet 4.5 by 4.3 points while using 48% fewer.

The model also scored 66.3% on OSWorld, a test of operating a computer through a screen and keyboard, and 37.6% on ARC-AGI-2. Anthropic said it was its most robust model yet against prompt-injection attacks, a growing concern as agents browse the web on users' behalf.

## A fortnight of launches

Opus 4.5 completes a run of releases. OpenAI shipped GPT-5.1 on 12 November, xAI Grok 4.1 on the 17th and Google Gemini 3 Pro on the 18th. Each company now leads on different measures: Google on LMArena and Humanity's Last Exam, Anthropic on coding benchmarks.

Anthropic, which was valued at $183 billion in September, gets most of its revenue from businesses and developers, and coding tools such as Claude Code have become its fastest-growing product. Microsoft and Nvidia said last week they would invest up to $15 billion in the company, which committed to buying $30 billion of computing capacity on Microsoft's cloud.

The release also included updates to Claude Code, Claude for Chrome and Claude for Excel, and a feature that summarises earlier parts of long conversations so users do not hit context limits.""",
    ),
    dict(
        id=13,
        slug="llama-4-seven-months-on",
        section="Analysis",
        title="Llama 4, seven months on: where Meta's open models stand",
        published="2025-11-27T08:00:00-05:00",
        modified="2025-11-27T08:00:00-05:00",
        authors=["Samuel Adeyemi"],
        keywords=["Meta", "Llama 4", "Open weights"],
        description="Meta's Llama 4 models have been overtaken by open releases from China. Inside the company, priorities have shifted.",
        body="""When Meta released Llama 4 Scout and Llama 4 Maverick in April, it described them as the best open models in their class. Scout, with 109 billion total parameters and 17 billion active, offered a context window of ten million tokens. Maverick, with 400 billion total parameters across 128 experts, was pitched as a rival to GPT-4o and Gemini 2.0 Flash. A third model, Llama 4 Behemoth, was previewed as a teacher model still in training.

Seven months later, neither released model appears near the top of the leaderboards that developers follow. On Artificial Analysis's intelligence index, Maverick now ranks behind at least a dozen open models, including DeepSeek V3.2-Exp, Qwen3-235B-A22B, GLM-4.6, Kimi K2 Thinking and MiniMax-M2. Behemoth has not been released.

## A difficult launch

The launch itself went badly. Meta promoted an LMArena score of 1,417 Elo for an "experimental" Maverick that turned out to be a version tuned for chat, not the model it released. Developers also reported that the public models underperformed on coding compared with Meta's own figures. Meta denied training on test sets, but the episode damaged trust.

On paper the numbers were respectable: Meta reported 80.5 on MMLU-Pro and 69.8 on GPQA Diamond for Maverick, and 43.4% on LiveCodeBench. By the standards of November they are well behind. DeepSeek V3.2, released this week, reports above 85 on MMLU-Pro and Qwen3-235B-A22B-Thinking-2507 reports 81.1 on GPQA Diamond.

## New priorities

Over the summer Meta reorganised its AI work into Meta Superintelligence Labs, hired researchers from OpenAI, Google and Apple with large pay packages and invested $14.3 billion in Scale AI. Executives have said future frontier models may not all be released openly. Yann LeCun, Meta's chief AI scientist and a long-standing advocate of open research, said this month that he is leaving to found a start-up.

Llama remains widely deployed. Many enterprises standardised on Llama 3 and the Llama license, and cloud providers still offer Llama 4 models. But for developers choosing an open model today, the default has shifted to Qwen and DeepSeek, with Mistral's upcoming Large 3, which the French company has said will be released under Apache 2.0, as the main European alternative.""",
    ),
    dict(
        id=14,
        slug="deepseek-v3-2-speciale-release",
        section="Companies",
        title="DeepSeek releases V3.2 and V3.2-Speciale, claiming GPT-5-level reasoning",
        published="2025-12-01T10:00:00-05:00",
        modified="2025-12-01T14:30:00-05:00",
        authors=["Lin Zhao", "Rafael Ortiz"],
        keywords=["DeepSeek", "Open weights", "Reasoning", "IMO"],
        description="The Hangzhou lab's new models are open source, cheap, and in one case reach olympiad gold-medal level in maths.",
        body="""DeepSeek released two new models on Monday, DeepSeek-V3.2 and DeepSeek-V3.2-Speciale, and said they match or beat leading American systems on reasoning. The Hangzhou-based company published both under the MIT license on Hugging Face, continuing a strategy of open releases that unsettled the industry when DeepSeek R1 appeared in January.

DeepSeek said V3.2 performs at a level comparable to OpenAI's GPT-5 on reasoning benchmarks, and that V3.2-Speciale, a version that thinks for longer, rivals Google's Gemini 3 Pro. V3.2-Speciale achieved gold-medal-level scores on problems from this year's International Mathematical Olympiad and International Olympiad in Informatics, according to the company's technical report.

## The numbers

On AIME 2025, DeepSeek reported 93.1% for V3.2 and 96.0% for V3.2-Speciale. Gemini 3 Pro scores 95.0% on the same test without tools, and GPT-5 scored 94.6%. On SWE-bench Verified, which measures software engineering, V3.2 reported 73.1%, behind Anthropic's Claude Opus 4.5 at 80.9%. On Humanity's Last Exam without tools, V3.2-Speciale scored 30.6%, against 37.5% for Gemini 3 Pro.

V3.2 uses DeepSeek Sparse Attention, a technique introduced in the experimental V3.2-Exp model in September that reduces the cost of processing long inputs. It is also the company's first model to combine step-by-step reasoning with tool use.

## Price and politics

DeepSeek kept prices at the level it set in September, when it cut API charges by more than half, making its models among the cheapest of any frontier-class system. Speciale is available only temporarily through a separate API endpoint until 15 December, the company said, and does not support tool calls.

The release lands amid debate in Washington over export controls on AI chips. DeepSeek says it trained its models on Nvidia hardware available in China, and its papers emphasise efficiency. Some American officials have argued that DeepSeek's progress shows controls are not working; others say the company's own statements about compute constraints show the opposite.

In China, DeepSeek faces competition from Moonshot AI's Kimi K2 Thinking, Alibaba's Qwen3-Max and MiniMax-M2, all released in the past three months. DeepSeek has not said when it will release R2, the long-awaited successor to R1.""",
    ),
    dict(
        id=15,
        slug="mistral-large-3-ministral-3-apache",
        section="Companies",
        title="Mistral unveils Mistral Large 3 and Ministral 3 under Apache 2.0",
        published="2025-12-03T04:30:00-05:00",
        modified="2025-12-03T04:30:00-05:00",
        authors=["Clara Neumann"],
        keywords=["Mistral AI", "Open weights", "Europe"],
        description="The French company's new family includes a 675-billion-parameter mixture of experts and three small dense models.",
        body="""Mistral AI, the Paris-based start-up, released a new family of models on Tuesday that it says are the most capable open models made outside China. Mistral Large 3, a mixture-of-experts model with 41 billion active and 675 billion total parameters, is released under the Apache 2.0 license, as are three smaller Ministral 3 models with 3 billion, 8 billion and 14 billion parameters.

Arthur Mensch, Mistral's chief executive, said the company wanted to offer "frontier performance with full control" to businesses and governments that prefer to run models on their own infrastructure. Mistral was valued at 11.7 billion euros in September after an investment led by ASML, the Dutch chip-equipment maker.

## Performance

Mistral said Large 3 ranked second among open-source non-reasoning models on LMArena's text leaderboard when it debuted, behind Moonshot AI's Kimi K2. It did not compare the model with closed systems such as OpenAI's GPT-5.1, Google's Gemini 3 Pro or Anthropic's Claude Opus 4.5, which lead most benchmarks. A reasoning version is in development.

The smaller Ministral 3 models include reasoning variants. Mistral reported that the 14-billion-parameter reasoning model scored 85% on AIME 2025, which would put it ahead of many far larger models from a year ago.

## European ambitions

Mistral's earlier flagship for businesses, Mistral Medium 3, was released in May as a closed model available through its API and on cloud platforms. Mistral said then that Medium 3 performed at or above 90% of Claude Sonnet 3.7 on benchmarks at eight times lower cost. The return to open weights for its largest model follows pressure from European customers and a wave of strong open releases from DeepSeek, Alibaba, Moonshot AI and Zhipu.

The models were trained on Nvidia H200 chips and Mistral worked with Nvidia, Red Hat and the vLLM project on efficient deployment. They are available on Mistral's own platform and through Amazon Bedrock, Microsoft Azure, Google Cloud and other providers.

European officials have promoted Mistral as evidence that the continent can compete in AI. The company faces far larger rivals: OpenAI, Anthropic and Google each spend more on computing in a month than Mistral has raised in total.""",
    ),
]

# A copy of a Tokenwise article republished under a partner agreement (kind "syndicated_copy").
SYNDICATED = dict(
    slug="partner-minimax-m2-ten-billion-active-parameters",
    source_outlet="tokenwise",
    source_id=6,
    published="2025-10-29T17:00:00-04:00",
    section="Partner content",
)
