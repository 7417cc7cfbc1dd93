"""Countries, regions and the words for their people: never an organisation's name on their own.

"developed by Colombian startup Andina Labs", "China AI weekly", "Domestic AI startup Gureum AI": the word
before a cue noun or before "AI" says where a lab is, not what it is called. The name finders ask
:func:`is_place_word` before they take a lone capitalised word (or "<word> AI") as a new lab. The lists are
the sovereign states of the UN list, their usual English demonyms and a few regions; words that are also
common names of labs or products (``Mistral`` is a wind, not a demonym) are not in them.
"""
from __future__ import annotations

COUNTRIES = frozenset("""Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas
Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burundi
Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica
Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada
Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan
Kazakhstan Kenya Kiribati Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania
Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia
Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau
Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles
Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo
Tonga Tunisia Turkey Türkiye Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Vatican Venezuela Vietnam
Yemen Zambia Zimbabwe Britain England Scotland Wales America""".split())

DEMONYMS = frozenset("""Afghan Albanian Algerian Andorran Angolan Argentine Argentinian Armenian Australian Austrian Azerbaijani
Bahraini Bangladeshi Belarusian Belgian Beninese Bhutanese Bolivian Bosnian Botswanan Brazilian Bruneian Bulgarian
Burundian Cambodian Cameroonian Canadian Chadian Chilean Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish
Dutch Ecuadorian Egyptian Emirati Eritrean Estonian Ethiopian Fijian Filipino Finnish French Gabonese Gambian Georgian
German Ghanaian Greek Guatemalan Guinean Guyanese Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi
Irish Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh Kazakhstani Kenyan Korean Kosovar Kuwaiti Kyrgyz Lao
Latvian Lebanese Liberian Libyan Lithuanian Luxembourgish Malagasy Malawian Malaysian Maldivian Malian Maltese Mauritanian
Mauritian Mexican Moldovan Monegasque Mongolian Montenegrin Moroccan Mozambican Namibian Nepalese Nepali Nicaraguan
Nigerian Nigerien Norwegian Omani Pakistani Palestinian Panamanian Paraguayan Peruvian Polish Portuguese Qatari Romanian
Russian Rwandan Salvadoran Samoan Saudi Senegalese Serbian Singaporean Slovak Slovenian Somali Spanish Sudanese
Surinamese Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Togolese Tongan Tunisian Turkish Turkmen Ugandan
Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Yemeni Zambian Zimbabwean British English Scottish Welsh American
African Asian European Arab Arabian Latin Nordic Scandinavian Baltic Balkan Caribbean Middle-Eastern Gulf""".split())

# adjectives of place that describe where a lab is, not what it is called ("Domestic AI startup X")
PLACE_ADJECTIVES = frozenset("Domestic Foreign Overseas Homegrown Home-grown Local Regional Native Offshore Onshore".split())

_ALL = COUNTRIES | DEMONYMS | PLACE_ADJECTIVES


def is_place_word(word: str) -> bool:
    """Whether ``word`` (as written, capitalised) is a country, a demonym or an adjective of place."""
    return word in _ALL

# states and provinces whose governments put their name in their bodies' official names ("Virginia Department of
# Education", "Ontario Ministry of Education"), unlike countries ("the French Ministry of Culture" is the Ministry of Culture)
SUBNATIONAL = frozenset("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
Nebraska Nevada New Hampshire Jersey Mexico York North Carolina Dakota Ohio Oklahoma Oregon Pennsylvania Rhode Island South
Tennessee Texas Utah Vermont Virginia Washington West Wisconsin Wyoming State Ontario Quebec Québec Alberta British Columbia
Manitoba Saskatchewan Nova Scotia Brunswick Newfoundland Labrador Prince Edward""".split())


def subnational_prefix(words: list[str]) -> bool:
    """Whether ``words`` (the capitalised words before a body's head word) name a state or a province."""
    return bool(words) and all(w in SUBNATIONAL for w in words) and not (len(words) == 1 and words[0] in (
        "New", "North", "South", "West", "State", "Rhode", "Prince", "Jersey", "York", "Island", "Dakota", "Carolina",
        "Scotia", "Brunswick", "Columbia", "Edward", "Mexico", "Hampshire"))

# national capitals of the UN member states, one word as written in English (source: the UN member states list
# with the CIA World Factbook's capitals); left out: capitals that are also common words, people's or companies'
# names (Male, Victoria, Kingston, Georgetown, Kingstown, Nassau) and the ones spelt like their country; a capital
# written alone is a place, not a lab ("engineers from Kyiv", "the Budapest company X": nlp.unknown_orgs)
CAPITALS = frozenset("""Kabul Tirana Algiers Luanda Yerevan Canberra Vienna Baku Manama Dhaka Bridgetown Minsk Brussels
Belmopan Thimphu Sarajevo Gaborone Brasília Brasilia Sofia Ouagadougou Gitega Bujumbura Phnom Yaoundé Yaounde Ottawa
Praia Bangui N'Djamena Santiago Beijing Bogotá Bogota Moroni Brazzaville Kinshasa Zagreb Havana Nicosia Prague
Copenhagen Djibouti Roseau Quito Cairo Malabo Asmara Tallinn Mbabane Addis Fiji Suva Helsinki Paris Libreville Banjul
Tbilisi Berlin Accra Athens Guatemala Conakry Bissau Tegucigalpa Budapest Reykjavik Reykjavík Jakarta Tehran Baghdad
Dublin Jerusalem Rome Tokyo Amman Astana Nairobi Tarawa Pristina Kuwait Bishkek Vientiane Riga Beirut Maseru Monrovia
Tripoli Vaduz Vilnius Luxembourg Antananarivo Lilongwe Majuro Nouakchott Valletta Chisinau Chișinău Ulaanbaatar Podgorica
Rabat Maputo Naypyidaw Windhoek Kathmandu Amsterdam Wellington Managua Niamey Abuja Pyongyang Skopje Oslo Muscat Islamabad
Ngerulmud Panama Asunción Asuncion Lima Manila Warsaw Lisbon Doha Bucharest Moscow Kigali Apia Riyadh Dakar Belgrade
Freetown Singapore Bratislava Ljubljana Honiara Mogadishu Pretoria Seoul Juba Madrid Colombo Khartoum Paramaribo
Stockholm Bern Damascus Taipei Dushanbe Dodoma Bangkok Dili Lomé Lome Nukuʻalofa Tunis Ankara Ashgabat Funafuti Kampala
Kyiv Kiev Abu London Washington Montevideo Tashkent Caracas Hanoi Sanaa Lusaka Harare""".split()) - {"Abu", "Addis", "Fiji", "Phnom", "Kuwait", "Panama", "Singapore", "Luxembourg", "Djibouti", "Guatemala"}
# the people of a country, in the plural ("Ukrainians", "Kenyans", "Danes"): a nation, not an organisation
PEOPLES = frozenset({d + "s" for d in DEMONYMS if d.endswith(("an", "i")) and d not in ("Thai",)}
                    | set("Danes Swedes Finns Poles Brits Britons Turks Thais Czechs Greeks Scots Kurds Arabs Uzbeks Kazakhs Tajiks "
                          "Slovaks Croats Serbs Filipinos Germans Icelanders Dutch Irish".split()))
