"""Sixth entities probe (round 7, 2026-12-06, helper "ent7"): **real sentences** from real news
articles, not written for the probe. 82 sentences quoted from 12 PolNeAR articles (US political
news 2015-2016 about immigration, refugees, borders and deportation, and two foreign-affairs
pieces; the texts are in ``../shared/external/polnear-dev/data/train/text/<stem>.txt``), each
from an article whose stem is in PolNeAR's DEV part (``dossier.evaluate.benchmarks.common.part``)
and used by no other test set or probe. Short quotations for evaluation only; each item keeps its
article stem as provenance.

    python benchmarks/probes/entities_migration6.py dev     # score, and list the errors
    python benchmarks/probes/entities_migration6.py aside   # score only (totals; run once before, once at the end)

Every item was labelled from the text alone before any code ran on it (copy saved as
/tmp/ent7/probe_saved.py). The split is by article (7 DEV articles / 49 sentences, 5 ASIDE
articles / 33 sentences), fixed before labelling by the md5 of ``"ent7:" + stem`` (the 7 lowest
DEV). Sentences whose entities have no clear OntoNotes type were left out when choosing
(visa programmes such as "H-1B", "Schengen", holidays, restaurants).

Conventions as in `entities_migration5.py` (OntoNotes labels): titles, honorifics and
post-nominals are not part of a person's name ("State Rep. Rio Tilton" -> "Rio Tilton",
"Mr. Cruz" -> "Cruz", "Professors Foner and Alba" -> "Foner", "Alba"); a demonym with a
state-body noun (government, army) is one organisation ("the Syrian army", "the Mexican
government"), a demonym or a party's adjective alone is NORP ("Republican voter", "Democrat of
Texas", "Cuban-American"); religions and their members NORP; a language LANGUAGE; parties,
councils, courts, universities, publishers, newspapers, broadcasters, teams and websites ORG;
television programmes, plays and books WORK_OF_ART; a theatre FAC; a town, state, province or
governed region GPE ("the Oromia region" -> "Oromia"); a continent or a region such as "Central
Asia", "the Middle East" LOC; a UN chapter LAW; the Olympics and a pageant EVENT. Scoring as in
`entities_migration.py` (texts equal after dropping a leading "the").
"""

from __future__ import annotations

ERDOGAN = "huff-post_2016-08-29_erdogan-is-in-syria-with-a-green"
SWISS = "huff-post_2016-03-21_the-rise-of-switzerland-s-trump"
RUBIO = "wash-post_2015-12-20_marco-rubio-s-strategic-stances"
TROUPE = "wash-post_2015-11-08_in-satirizing-the-elite-a-mexica"
CUBAN = "nyt_2015-12-18_rubio-and-cruz-diverge-on-approa"
NEGA = "nyt_2016-09-03_professor-nega-s-war-why-an-ethi"
INTEGRATE = "nyt_2015-12-10_immigrants-can-find-way-in-ameri"
FORCE = "politico_2015-11-11_clinton-blasts-trump-over-deport"
WORDS = "west-journal_2015-11-25_hillary-just-vowed-to-never-utte"
GUERRERO = "usa-today_2016-05-06_immigration-debate-hits-home-for"
LATINOS = "huff-post_2016-07-18_more-offensive-things-donald-tru"
STEPPE = "wash-post_2015-12-28_tug-of-war-in-central-asia"

SPLIT = {ERDOGAN: "dev", SWISS: "dev", RUBIO: "dev", TROUPE: "dev", CUBAN: "dev", NEGA: "dev",
         INTEGRATE: "dev", FORCE: "aside", WORDS: "aside", GUERRERO: "aside", LATINOS: "aside",
         STEPPE: "aside"}

TEXTS = [
    # ---------------------------------------------------------------- DEV
    (ERDOGAN, "The Turkish President, Recep Tayyip Erdogan, did another about-face following the failed coup "
     "against him.",
     [("Turkish", "NORP"), ("Recep Tayyip Erdogan", "PERSON")]),
    (ERDOGAN, "However, Washington appears weak before the Turkish “offensive,” which went through St. Petersburg, "
     "Tehran, and Damascus before reaching Jarabulus with U.S. partnership against ISIS, but also against Kurdish "
     "positions in Syria to the benefit of both Ankara and the regime in Damascus.",
     [("Washington", "GPE"), ("Turkish", "NORP"), ("St. Petersburg", "GPE"), ("Tehran", "GPE"),
      ("Damascus", "GPE"), ("Jarabulus", "GPE"), ("U.S.", "GPE"), ("ISIS", "ORG"), ("Kurdish", "NORP"),
      ("Syria", "GPE"), ("Ankara", "GPE"), ("Damascus", "GPE")]),
    (ERDOGAN, "The visit by the U.S. Vice President Joe Biden to Turkey, and the meetings held by the U.S. and UK "
     "foreign secretaries with the Saudi leadership in Jeddah on Yemen, attended by the Russian Middle East envoy, "
     "all shed light on the interlinkage between the Syrian and Yemeni issues and the regional dimension of the "
     "international alignment.",
     [("U.S.", "GPE"), ("Joe Biden", "PERSON"), ("Turkey", "GPE"), ("U.S.", "GPE"), ("UK", "GPE"),
      ("Saudi", "NORP"), ("Jeddah", "GPE"), ("Yemen", "GPE"), ("Russian", "NORP"), ("Middle East", "LOC"),
      ("Syrian", "NORP"), ("Yemeni", "NORP")]),
    (ERDOGAN, "However, there are important implications for the results of the investigation by a UN-OPCW panel, "
     "which said the Syrian army carried out two chemical weapons attacks using helicopters on villages in Idlib in "
     "2014 and 2015, and also accused ISIS of carrying out a mustard gas attack on the town of Marea in August 2015.",
     [("UN", "ORG"), ("OPCW", "ORG"), ("the Syrian army", "ORG"), ("Idlib", "GPE"), ("ISIS", "ORG"),
      ("Marea", "GPE")]),
    (ERDOGAN, "The UN Security Council received the 95-page report on Wednesday, prompting Western powers to launch "
     "preparations to draft a Chapter VII-supported resolution to punish Damascus, either with sanctions or by "
     "referring the regime to the ICC.",
     [("The UN Security Council", "ORG"), ("Western", "NORP"), ("Chapter VII", "LAW"), ("Damascus", "GPE"),
      ("ICC", "ORG")]),
    (ERDOGAN, "Not long ago, the Syrian Democratic Forces (SDF) had US blessing, not least because the Arab-Kurdish "
     "partnership in its ranks made it ideal to defeat to ISIS and similar groups.",
     [("the Syrian Democratic Forces", "ORG"), ("SDF", "ORG"), ("US", "GPE"), ("Arab", "NORP"),
      ("Kurdish", "NORP"), ("ISIS", "ORG")]),
    (ERDOGAN, "There were reports the SDF were being primed to replace the Saudi-sponsored Higher Negotiations "
     "Committee representing the Syrian opposition.",
     [("SDF", "ORG"), ("Saudi", "NORP"), ("Higher Negotiations Committee", "ORG"), ("Syrian", "NORP")]),

    (SWISS, "In the late 1990s, the conservative nationalist Swiss People’s Party, or SVP, began to politicize "
     "issues of migration and asylum.",
     [("Swiss People’s Party", "ORG"), ("SVP", "ORG")]),
    (SWISS, "The major driving force behind the SVP’s success was the rise to prominence of Christoph Blocher in "
     "Swiss politics.",
     [("SVP", "ORG"), ("Christoph Blocher", "PERSON"), ("Swiss", "NORP")]),
    (SWISS, "In 2004, Blocher was elected to the seven member Federal Council, Switzerland’s executive body, serving "
     "as justice and police minister.",
     [("Blocher", "PERSON"), ("Federal Council", "ORG"), ("Switzerland", "GPE")]),
    (SWISS, "In 2013, the SVP youth wing, Junge SVP, went a step further.",
     [("SVP", "ORG"), ("Junge SVP", "ORG")]),
    (SWISS, "The Junge SVP launched a cantonal referendum in Bern, calling for all foreigners sentenced to two or "
     "more years in jail, guilty of welfare fraud, with insufficient German skills, or inadequate heritage "
     "knowledge to be barred from receiving citizenship.",
     [("The Junge SVP", "ORG"), ("Bern", "GPE"), ("German", "LANGUAGE")]),
    (SWISS, "Christoph Blocher reacts during an electoral meeting of the Swiss People’s Party on October 2, 2015. "
     "(FABRICE COFFRINI/AFP/Getty Images.)",
     [("Christoph Blocher", "PERSON"), ("the Swiss People’s Party", "ORG"), ("FABRICE COFFRINI", "PERSON"),
      ("AFP", "ORG"), ("Getty Images", "ORG")]),
    (SWISS, "This piece first appeared on Global Risk Insights.",
     [("Global Risk Insights", "ORG")]),

    (RUBIO, "RYE, N.H. - State Rep. Rio Tilton is \"99.9\" percent certain he's going to vote for Marco Rubio.",
     [("RYE", "GPE"), ("N.H.", "GPE"), ("Rio Tilton", "PERSON"), ("Marco Rubio", "PERSON")]),
    (RUBIO, "\"I should hope so,\" Tilton said after braving the cold late last month to see the Florida senator "
     "campaign in a barn here.",
     [("Tilton", "PERSON"), ("Florida", "GPE")]),
    (RUBIO, "\"I don't know exactly where he stands on that,\" said undecided Republican voter Stephanie Hooton of "
     "Derry, N.H., before the barn event, a \"No-B.S.\" barbecue hosted by Scott Brown, the former U.S. senator "
     "from Massachusetts.",
     [("Republican", "NORP"), ("Stephanie Hooton", "PERSON"), ("Derry", "GPE"), ("N.H.", "GPE"),
      ("Scott Brown", "PERSON"), ("U.S.", "GPE"), ("Massachusetts", "GPE")]),
    (RUBIO, "Asked in Iowa recently whether he would support Donald Trump if Trump is the GOP nominee, Rubio gave a "
     "roundabout answer.",
     [("Iowa", "GPE"), ("Donald Trump", "PERSON"), ("Trump", "PERSON"), ("GOP", "ORG"), ("Rubio", "PERSON")]),
    (RUBIO, "\"You can't pick up the phone and call Syria, and that's one of the reasons why I've said we won't be "
     "able to take more refugees. It's not that we don't want to, it's that we can't,\" Rubio said on ABC's \"This "
     "Week With George Stephanopoulos.\"",
     [("Syria", "GPE"), ("Rubio", "PERSON"), ("ABC", "ORG"), ("This Week With George Stephanopoulos", "WORK_OF_ART")]),
    (RUBIO, "\"It did sound like he was, you know, talking out of both sides of his mouth,\" said Brad Sherman, pastor "
     "of Coralville's Solid Rock Christian Church and a supporter of former Arkansas governor Mike Huckabee's "
     "campaign.",
     [("Brad Sherman", "PERSON"), ("Coralville", "GPE"), ("Solid Rock Christian Church", "ORG"),
      ("Arkansas", "GPE"), ("Mike Huckabee", "PERSON")]),
    (RUBIO, "So: American Christians could ignore the U.S. Supreme Court ruling - but not if they live in the United "
     "States.",
     [("American", "NORP"), ("Christians", "NORP"), ("the U.S. Supreme Court", "ORG"), ("the United States", "GPE")]),

    (TROUPE, "The first taste the Mexican audience gets of Donald Trump is his golden head speaking from the face of "
     "a giant $100 bill, calling them \"frijoleros\" (\"beaners\") and bragging about the wall that will block them "
     "from setting foot in the United States.",
     [("Mexican", "NORP"), ("Donald Trump", "PERSON"), ("the United States", "GPE")]),
    (TROUPE, "Such is the latest Mexican revenge against the Republican presidential candidate: A group of Mexican "
     "comedians is performing a popular play called \"Los Hijos de Trump,\" or \"Sons of Trump,\" in Mexico City's "
     "Aldama Theater.",
     [("Mexican", "NORP"), ("Republican", "NORP"), ("Mexican", "NORP"), ("Los Hijos de Trump", "WORK_OF_ART"),
      ("Sons of Trump", "WORK_OF_ART"), ("Mexico City", "GPE"), ("Aldama Theater", "FAC")]),
    (TROUPE, "\"Mexicans laugh at our tragedies,\" said German Ortega, one of the stars of the play.",
     [("Mexicans", "NORP"), ("German Ortega", "PERSON")]),
    (TROUPE, "\"This is a social critique, in general, of the elitists,\" said Freddy Ortega, German's brother and "
     "fellow longtime television comedian, who also stars in the show.",
     [("Freddy Ortega", "PERSON"), ("German", "PERSON")]),
    (TROUPE, "In recent months, several Mexican businesses have called off projects with him because of his "
     "comments, including billionaire Carlos Slim's Ora TV production company and the Mexican entertainment giant "
     "Televisa, which decided against broadcasting his \"Miss Universe\" pageant.",
     [("Mexican", "NORP"), ("Carlos Slim", "PERSON"), ("Ora TV", "ORG"), ("Mexican", "NORP"), ("Televisa", "ORG"),
      ("Miss Universe", "EVENT")]),
    (TROUPE, "Mexican newspapers have been inspecting Trump's new book, \"Crippled America: How to Make America Great "
     "Again,\" for clues about his plans for their country if he becomes president.",
     [("Mexican", "NORP"), ("Trump", "PERSON"), ("Crippled America: How to Make America Great Again", "WORK_OF_ART")]),
    (TROUPE, "The play will tour Mexico and make stops in Texas.",
     [("Mexico", "GPE"), ("Texas", "GPE")]),

    (CUBAN, "Mr. Cruz and Mr. Rubio, conservative Cuban-American candidates who play down their ethnic identity, "
     "have differed on defense, immigration and other issues.",
     [("Cruz", "PERSON"), ("Rubio", "PERSON"), ("Cuban-American", "NORP")]),
    (CUBAN, "Mr. Cruz, a rare Cuban-American outlier in a state where Hispanic usually means Mexican-American, "
     "attended overwhelmingly white Christian schools in Houston and prefers Spanglish to Spanish.",
     [("Cruz", "PERSON"), ("Cuban-American", "NORP"), ("Hispanic", "NORP"), ("Mexican-American", "NORP"),
      ("Christian", "NORP"), ("Houston", "GPE"), ("Spanglish", "LANGUAGE"), ("Spanish", "LANGUAGE")]),
    (CUBAN, "Together, Senators Rubio and Cruz, of Florida and Texas, represent a watershed moment in American "
     "politics: two Hispanics running as top-tier candidates for president, and increasingly gunning for each "
     "other, in what one Latino conservative has dubbed ''the yuca primary,'' referring to the popular Cuban staple "
     "and an acronym for young urban Cuban-American.",
     [("Rubio", "PERSON"), ("Cruz", "PERSON"), ("Florida", "GPE"), ("Texas", "GPE"), ("American", "NORP"),
      ("Hispanics", "NORP"), ("Latino", "NORP"), ("Cuban", "NORP"), ("Cuban-American", "NORP")]),
    (CUBAN, "''If you don't have a positive, constructive tone, you will have a hard time getting support from "
     "Latinos,'' said Alfonso Aguilar, the executive director of the Latino Partnership for Conservative "
     "Principles, who also said that the two men, and Mr. Cruz in particular, must do more to address Latino "
     "sensitivities.",
     [("Latinos", "NORP"), ("Alfonso Aguilar", "PERSON"), ("the Latino Partnership for Conservative Principles", "ORG"),
      ("Cruz", "PERSON"), ("Latino", "NORP")]),
    (CUBAN, "''He clearly understands and has lived the story of the immigrant,'' said Javier Palomarez, the "
     "president of the United States Hispanic Chamber of Commerce.",
     [("Javier Palomarez", "PERSON"), ("the United States Hispanic Chamber of Commerce", "ORG")]),
    (CUBAN, "His preference for Ted, a suggestion from Mr. Cruz's Irish-American mother, infuriated his father, "
     "Rafael, who in 1957 fled Cuba for Texas after being arrested and beaten by agents for Fulgencio Batista, the "
     "Cuban dictator.",
     [("Ted", "PERSON"), ("Cruz", "PERSON"), ("Irish-American", "NORP"), ("Rafael", "PERSON"), ("Cuba", "GPE"),
      ("Texas", "GPE"), ("Fulgencio Batista", "PERSON"), ("Cuban", "NORP")]),
    (CUBAN, "''He doesn't do anything to suggest to people that he is a Latino senator from Texas and that he is "
     "representing the Latino constituency, the majority of which is Mexican-American,'' said State Senator José "
     "Rodríguez,  Democrat of Texas.",
     [("Latino", "NORP"), ("Texas", "GPE"), ("Latino", "NORP"), ("Mexican-American", "NORP"),
      ("José Rodríguez", "PERSON"), ("Democrat", "NORP"), ("Texas", "GPE")]),

    (NEGA, "Berhanu Nega was once one of Bucknell University's most popular professors.",
     [("Berhanu Nega", "PERSON"), ("Bucknell University", "ORG")]),
    (NEGA, "A gregarious and active figure on campus, he rooted for the Philadelphia Eagles and the Cleveland "
     "Cavaliers, campaigned door-to-door for Barack Obama in 2008 and was known as one of the best squash players "
     "on the Bucknell faculty.",
     [("the Philadelphia Eagles", "ORG"), ("the Cleveland Cavaliers", "ORG"), ("Barack Obama", "PERSON"),
      ("Bucknell", "ORG")]),
    (NEGA, "One proxy army fighting on the Eritrean side, a group of disaffected Ethiopians called Ginbot 7, was a "
     "force that Nega helped create, founding the movement in 2008 with another Ethiopian exile, Andargachew "
     "Tsege, in Washington.",
     [("Eritrean", "NORP"), ("Ethiopians", "NORP"), ("Ginbot 7", "ORG"), ("Nega", "PERSON"), ("Ethiopian", "NORP"),
      ("Andargachew Tsege", "PERSON"), ("Washington", "GPE")]),
    (NEGA, "That all changed one day in June 2014, when Tsege, known to everyone as Andy, made a brief stopover in "
     "Sana, the capital of Yemen, on his way to Asmara, the capital of Eritrea.",
     [("Tsege", "PERSON"), ("Andy", "PERSON"), ("Sana", "GPE"), ("Yemen", "GPE"), ("Asmara", "GPE"),
      ("Eritrea", "GPE")]),
    (NEGA, "Since last November, according to Human Rights Watch, state security forces have killed more than 400 "
     "protesters in the Oromia region, which surrounds Addis Ababa.",
     [("Human Rights Watch", "ORG"), ("Oromia", "GPE"), ("Addis Ababa", "GPE")]),
    (NEGA, "''We are five right now,'' Nega said, introducing me to his comrades from Dallas; Arlington, Va.; "
     "Calgary, Canada; and Luxembourg.",
     [("Nega", "PERSON"), ("Dallas", "GPE"), ("Arlington", "GPE"), ("Va.", "GPE"), ("Calgary", "GPE"),
      ("Canada", "GPE"), ("Luxembourg", "GPE")]),
    (NEGA, "As the crackdown in Addis Ababa intensified, the E.P.R.P. sent Nega north to Tigray Province, the center "
     "of a growing guerrilla war against the Derg; there, he carried out attacks on government forces.",
     [("Addis Ababa", "GPE"), ("the E.P.R.P.", "ORG"), ("Nega", "PERSON"), ("Tigray Province", "GPE"),
      ("the Derg", "ORG")]),

    (INTEGRATE, "So why is it that immigrants in the United States - including those there illegally - have managed "
     "to integrate far more successfully into the American economy and social fabric than foreigners arriving to "
     "the relatively coddled states of the European Union, where they often enjoy access right away to a panoply "
     "of rights and benefits?",
     [("the United States", "GPE"), ("American", "NORP"), ("the European Union", "ORG")]),
    (INTEGRATE, "A report released in September by the National Academies of Sciences, Engineering and Medicine "
     "noted that more immigrants buy into the American dream than do native-born Americans: 70 percent believe "
     "their children will be better off than themselves, up from 60 percent 20 years ago.",
     [("the National Academies of Sciences, Engineering and Medicine", "ORG"), ("American", "NORP"),
      ("Americans", "NORP")]),
    (INTEGRATE, "Richard Alba and Nancy Foner, sociologists at the City University of New York, just published the "
     "book ''Strangers No More,'' (Princeton University Press).",
     [("Richard Alba", "PERSON"), ("Nancy Foner", "PERSON"), ("the City University of New York", "ORG"),
      ("Strangers No More", "WORK_OF_ART"), ("Princeton University Press", "ORG")]),
    (INTEGRATE, "''There are complex arrays of similarities and differences,'' Professor Alba told me.",
     [("Alba", "PERSON")]),
    (INTEGRATE, "A report about the integration of immigrants issued over the summer by the Organization for "
     "Economic Cooperation and Development noted that more than a fifth of Europe's immigrants from outside the "
     "European Union were unemployed, about double the rate of European Union citizens.",
     [("the Organization for Economic Cooperation and Development", "ORG"), ("Europe", "LOC"),
      ("the European Union", "ORG"), ("European Union", "ORG")]),
    (INTEGRATE, "Professors Foner and Alba suggest this incompatibility has perhaps less to do with Muslim "
     "intransigence than with the European insistence that immigrants adopt a narrow set of behaviors, including "
     "Christian traditions and, importantly, secular values.",
     [("Foner", "PERSON"), ("Alba", "PERSON"), ("Muslim", "NORP"), ("European", "NORP"), ("Christian", "NORP")]),
    (INTEGRATE, "The anti-immigrant reaction to the terrorist attacks in Paris is already delivering electoral "
     "success to the xenophobic National Front in France.",
     [("Paris", "GPE"), ("National Front", "ORG"), ("France", "GPE")]),

    # ---------------------------------------------------------------- ASIDE (totals only)
    (FORCE, "Hillary Clinton has a word for Donald Trump's plan to deport 11 million people from the country: No.",
     [("Hillary Clinton", "PERSON"), ("Donald Trump", "PERSON")]),
    (FORCE, "The Democratic presidential candidate blasted Trump's call for a \"deportation force\" on Wednesday, "
     "calling it \"absurd.\"",
     [("Democratic", "NORP"), ("Trump", "PERSON")]),
    (FORCE, "In an extended appearance on \"Morning Joe,\" co-host Mika Brzezinski asked Trump how he would handle "
     "the deportation of everyone in the United States illegally, if he would have a \"deportation force.\"",
     [("Morning Joe", "WORK_OF_ART"), ("Mika Brzezinski", "PERSON"), ("Trump", "PERSON"),
      ("the United States", "GPE")]),
    (FORCE, "Don't forget, Mika, that you have millions of people that are waiting in line to come into this "
     "country and they’re waiting to come in legally.",
     [("Mika", "PERSON")]),

    (WORDS, "Jose Antonia Vargas, an immigration activist, asked the former secretary of state during a Telemundo "
     "Facebook chat if she would commit to his “#wordsmatter” pledge regarding the issue.",
     [("Jose Antonia Vargas", "PERSON"), ("Telemundo", "ORG"), ("Facebook", "ORG")]),
    (WORDS, "“On behalf of the organization I founded, Define American, and the 11.7 million undocumented "
     "immigrants in this country — including myself — I am asking all the presidential candidates to recognize "
     "that #wordsmatter by committing to not using the term ‘illegal’ when referencing the undocumented "
     "population,” Vargas wrote on Facebook.",
     [("Define American", "ORG"), ("Vargas", "PERSON"), ("Facebook", "ORG")]),
    (WORDS, "Clinton responded to Vargas’ question on Facebook writing, “Yes, I will.",
     [("Clinton", "PERSON"), ("Vargas", "PERSON"), ("Facebook", "ORG")]),
    (WORDS, "At a town hall in New Hampshire earlier this month, Clinton was asked about securing the border to "
     "stop the flow of illegal immigrants.",
     [("New Hampshire", "GPE"), ("Clinton", "PERSON")]),
    (WORDS, "“I will say for those of us who believe people ought to come to this country legally and we should "
     "enforce the law, we’re tired of being told it is anti-immigrant, it’s offensive!” Cruz said.",
     [("Cruz", "PERSON")]),
    (WORDS, "“I am the son of an immigrant who came legally from Cuba to seek the American dream and we can "
     "embrace legal immigration, while believing in the rule of law,” he said.",
     [("Cuba", "GPE"), ("American", "NORP")]),
    (WORDS, "Try going to China or Japan.",
     [("China", "GPE"), ("Japan", "GPE")]),

    (GUERRERO, "Actress Diane Guerrero has become a familiar figure to many through her roles as Maritza Ramos on "
     "Orange Is the New Black and Lina on Jane the Virgin.",
     [("Diane Guerrero", "PERSON"), ("Maritza Ramos", "PERSON"), ("Orange Is the New Black", "WORK_OF_ART"),
      ("Lina", "PERSON"), ("Jane the Virgin", "WORK_OF_ART")]),
    (GUERRERO, "But even her fellow cast members didn't know that she had been on her own since age 14, when her "
     "parents were arrested and deported to Colombia.",
     [("Colombia", "GPE")]),
    (GUERRERO, "In a memoir, In the Country We Love: My Family Divided, published Tuesday by Henry Holt and "
     "Company, the American-born 29-year-old tackles the personal side of the nation's immigration debate.",
     [("In the Country We Love: My Family Divided", "WORK_OF_ART"), ("Henry Holt and Company", "ORG"),
      ("American", "NORP")]),
    (GUERRERO, "A: I came home from school and my parents were gone, and a neighbor came in and told me they had "
     "been taken away by Immigration.",
     [("Immigration", "ORG")]),
    (GUERRERO, "Donald Trump, the likely Republican nominee, says we should round up the 11 million people here "
     "with papers and deport them.",
     [("Donald Trump", "PERSON"), ("Republican", "NORP")]),
    (GUERRERO, "A: Well, I think he has a lot of people afraid, and I think not just people who are undocumented, "
     "but people who are just citizens of this country, American citizens.",
     [("American", "NORP")]),

    (LATINOS, "According to recent polls, Trump holds only 14 percent of the Latino vote compared to Hillary "
     "Clinton’s 76 percent.",
     [("Trump", "PERSON"), ("Latino", "NORP"), ("Hillary Clinton", "PERSON")]),
    (LATINOS, "A month later, he paid an impromptu visit to the U.S.- Mexico border in Laredo, Texas and explained "
     "why “the Hispanics” (As monolithic to Mr. Trump as the blacks and the Muslims) were going to “love” him.",
     [("U.S.", "GPE"), ("Mexico", "GPE"), ("Laredo", "GPE"), ("Texas", "GPE"), ("Hispanics", "NORP"),
      ("Trump", "PERSON"), ("Muslims", "NORP")]),
    (LATINOS, "He sent a two-page memo to The Washington Post in April explaining his plan, which includes "
     "confiscating money that Mexican migrants in the U.S. send to Mexico until the Mexican government agreed to "
     "make a one-time payment to the United States of “$5-10 billion.”",
     [("The Washington Post", "ORG"), ("Mexican", "NORP"), ("U.S.", "GPE"), ("Mexico", "GPE"),
      ("the Mexican government", "ORG"), ("the United States", "GPE")]),
    (LATINOS, "Former Mexican presidents Vicente Fox and Felipe Calderón promptly fired back at Trump over the "
     "proposal.",
     [("Mexican", "NORP"), ("Vicente Fox", "PERSON"), ("Felipe Calderón", "PERSON"), ("Trump", "PERSON")]),
    (LATINOS, "As proof that Judge Curiel was biased because of his Mexican heritage, Trump repeatedly pointed out "
     "that the federal judge was a member of the San Diego chapter of the La Raza Lawyers Association.",
     [("Curiel", "PERSON"), ("Mexican", "NORP"), ("Trump", "PERSON"), ("San Diego", "GPE"),
      ("the La Raza Lawyers Association", "ORG")]),
    (LATINOS, "In an interview with CBS’ Face the Nation he named it as a reason for Curiel’s alleged bias.",
     [("CBS", "ORG"), ("Face the Nation", "WORK_OF_ART"), ("Curiel", "PERSON")]),
    (LATINOS, "Former Republican presidential candidate Jeb Bush broke down exactly what was wrong with the image "
     "and message to the Dutch newspaper NRC Handelsblad: “What Trump did was so insensitive.",
     [("Republican", "NORP"), ("Jeb Bush", "PERSON"), ("Dutch", "NORP"), ("NRC Handelsblad", "ORG"),
      ("Trump", "PERSON")]),
    (LATINOS, "Journalist Jorge Ramos corrected the GOP candidate by tweeting back at him with a link of a study "
     "proving “immigrants are less likely to be criminals than the native-born.”",
     [("Jorge Ramos", "PERSON"), ("GOP", "ORG")]),

    (STEPPE, "\"This used to be Russia's back yard,\" said Raffaello Pantucci, director of International Security "
     "Studies at the Royal United Services Institute in London, \"but it is increasingly coming into China's "
     "thrall.\"",
     [("Russia", "GPE"), ("Raffaello Pantucci", "PERSON"), ("International Security Studies", "ORG"),
      ("the Royal United Services Institute", "ORG"), ("London", "GPE"), ("China", "GPE")]),
    (STEPPE, "Moscow and Beijing may speak the language of partnership these days, but Central Asia has emerged as "
     "a source of wariness and mistrust.",
     [("Moscow", "GPE"), ("Beijing", "GPE"), ("Central Asia", "LOC")]),
    (STEPPE, "At the China-Kazakhstan border, at a place known as Horgos to the Chinese and Khorgos to the Kazakhs, "
     "a massive concrete immigration and customs building is being completed to mark that friendship, rising from "
     "the windswept valley floor like a mammoth Communist-style spaceship.",
     [("China", "GPE"), ("Kazakhstan", "GPE"), ("Horgos", "GPE"), ("Chinese", "NORP"), ("Khorgos", "GPE"),
      ("Kazakhs", "NORP"), ("Communist", "NORP")]),
    (STEPPE, "Russia had long blocked China's attempts to create an infrastructure development bank under the "
     "auspices of the Shanghai Cooperation Organization, a regional body, fearing it would become a tool for "
     "Chinese economic expansion.",
     [("Russia", "GPE"), ("China", "GPE"), ("the Shanghai Cooperation Organization", "ORG"), ("Chinese", "NORP")]),
    (STEPPE, "Beijing responded by sidestepping Moscow, establishing an Asian Infrastructure Investment Bank in June "
     "with a $100 billion capital base.",
     [("Beijing", "GPE"), ("Moscow", "GPE"), ("Asian Infrastructure Investment Bank", "ORG")]),
    (STEPPE, "At the same time, however, Xi has worked overtime to calm Russian fears, reassuring his counterpart "
     "Vladimir Putin that Beijing has no plans to counter his country's political and security dominance in "
     "Central Asia.",
     [("Xi", "PERSON"), ("Russian", "NORP"), ("Vladimir Putin", "PERSON"), ("Beijing", "GPE"),
      ("Central Asia", "LOC")]),
    (STEPPE, "In 2014, Russia attempted to draw the region more closely into its embrace by establishing a Eurasian "
     "Economic Union, with Kazakhstan a founding member.",
     [("Russia", "GPE"), ("Eurasian Economic Union", "ORG"), ("Kazakhstan", "GPE")]),
    (STEPPE, "China's expanding influence has provoked mixed feelings in many Asian states, and it has used \"velvet "
     "gloves\" in its dealings with Central Asia, said Nargis Kassenova, an international relations expert at "
     "KIMEP University in Almaty.",
     [("China", "GPE"), ("Asian", "NORP"), ("Central Asia", "LOC"), ("Nargis Kassenova", "PERSON"),
      ("KIMEP University", "ORG"), ("Almaty", "GPE")]),
]

DEV = [(text, want) for stem, text, want in TEXTS if SPLIT[stem] == "dev"]
ASIDE = [(text, want) for stem, text, want in TEXTS if SPLIT[stem] == "aside"]  # totals only; once before, once at the end


def main() -> int:
    from entities_migration import run  # the first probe's scoring, same conventions

    return run({"dev": DEV, "aside": ASIDE}, "entities_migration6.py", counts=True)


if __name__ == "__main__":
    raise SystemExit(main())
