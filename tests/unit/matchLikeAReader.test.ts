/**
 * The mistakes a careful reader would not make, each on a real page by another publisher (the devset, or the dev
 * half of the matching evaluation; never its held-out half): positions in a reporter's words, numbers given to
 * the wrong person, tolls that count someone else, names as newspapers write them, quantities as written,
 * quotes cut short, speakers the sentence does not name, and sentences that do not end at "Mr.".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageInput, SentenceMatch } from '../../core/analysis';
import { analyzePage } from '../../core/analyzePage';
import { pageInputFromText } from '../../scripts/cli/pageInputFromText';
import { buildMatchIndex, type MatchIndex } from '../../core/match/matchIndex';
import { splitSentences } from '../../core/text/segment';
import { loadSeedCorpusFromDisk } from '../../scripts/seedCorpus';
import { fixtureText, matchingDevPage } from './analyzeFixtures';
import { personMentions } from '../../core/match/personMentions';
import { sentencePeople } from '../../core/match/sentencePeople';

let index: MatchIndex;
beforeAll(() => {
  index = buildMatchIndex(loadSeedCorpusFromDisk());
});

const MATCHING_UNLABELLED = fileURLToPath(new URL('../fixtures/matching/unlabelled/', import.meta.url));

/** A page read only to spot-check the matcher (tests/fixtures/matching/unlabelled), in neither half of the evaluation. */
function unlabelledPage(prefix: string): PageInput {
  const file = readdirSync(MATCHING_UNLABELLED).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`no unlabelled page ${prefix}`);
  return pageInputFromText(readFileSync(MATCHING_UNLABELLED + file, 'utf8'));
}

/** The page's sentence that contains `piece`, as the page splits it. */
function fixtureSentence(page: PageInput, piece: string): string | undefined {
  return splitSentences(page.text).map((s) => s.text).find((t) => t.includes(piece));
}

/** What the page links in the one sentence that contains `piece`, in the labels' terms. */
function linksOf(page: PageInput, piece: string): string[] {
  const matches = analyzePage(page, index).matches.filter((m) => m.sentence.includes(piece));
  return matches.map(linkName).sort();
}

function linkName(m: SentenceMatch): string {
  if (m.kind === 'fact') return `fact ${index.facts.get(m.itemId)!.subject} ${m.verdict}`;
  if (m.kind === 'quote') return `quote ${m.speaker} ${m.verdict}`;
  const position = index.corpus.positions.find((p) => p.id === m.itemId)!;
  return `position ${position.propositionId} ${position.holder} ${position.stance}`;
}

describe('positions in a reporter’s own words', () => {
  it('reads who holds a view where the sentence also names another who speaks or acts', () => {
    const access = ['position state-access-to-encrypted-messages Amber Rudd for'];
    // Norman Gee Star: "Despite the suggestion made by the home secretary, a spokesperson for WhatsApp said the company is
    // cooperating fully…": of the two given words, the one speaking
    expect(linksOf(matchingDevPage('257-'), 'a spokesperson for WhatsApp said')).toEqual(['position messaging-firms-cooperate-with-investigators WhatsApp for']);
    // DEBKAfile: "…attacked WhatsApp for refusing intelligence services and police access…, used by Khalid Masood three minutes
    // before…": "used by" gives him no words
    expect(linksOf(matchingDevPage('1753-'), 'attacked WhatsApp for refusing').filter((l) => l.startsWith('position'))).toEqual(access);
    // talkRADIO: "A leading tech specialist has warned of the risks Amber Rudd is creating in calling for firms like Whatsapp to allow…"
    expect(linksOf(matchingDevPage('1857-'), 'A leading tech specialist has warned')).toEqual(access);
    // What Mobile: "Speaking on the Andrew Marr show this Sunday, she was quoted saying that these applications must not provide a
    // secret platform…": "she" after the opening phrase is the subject, and "must not provide" is a demand, no refusal
    expect(linksOf(matchingDevPage('2505-'), 'she was quoted saying')).toEqual(access);
  });

  it('reads "Her belief that…" as the view of the one the text before named', () => {
    // IT Pro: "Her belief that encryption should be undermined by backdoors so that governments could access such data naturally drew the ire of the tech sector…"
    expect(linksOf(matchingDevPage('2708-'), 'Her belief that encryption')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for']);
  });

  it('reads her call on the firms to help the police as her view that they should co-operate, besides her demand for access', () => {
    // Gowling WLG: "…Home Secretary Amber Rudd called for tech companies to co-operate more with law enforcement agencies and to stop offering…"
    expect(linksOf(matchingDevPage('252-'), 'co-operate more with law enforcement')).toContain('position messaging-firms-cooperate-with-investigators Amber Rudd for');
    // Silicon: 'Rudd insisted that tech firms “have a responsibility to engage with government, to engage with law enforcement agencies…”'
    expect(linksOf(matchingDevPage('2203-'), 'have a responsibility to engage')).toContain('position messaging-firms-cooperate-with-investigators Amber Rudd for');
  });

  it('reads in the part of her quote a sentence repeats only the view that part shows', () => {
    // Belfast Telegraph: 'Ms Rudd said: "End-to-end encryption has a place, cyber security is really important…"': her Sky News
    // words show both her demand for access and her call on the firms; this part of them speaks of no help to the police
    const links = linksOf(matchingDevPage('457-'), 'End-to-end encryption has a place');
    expect(links).toContain('position state-access-to-encrypted-messages Amber Rudd for');
    expect(links).not.toContain('position messaging-firms-cooperate-with-investigators Amber Rudd for');
  });

  it('reads her short quote "no place for terrorists to hide" as her demand, as the longer one', () => {
    // techsparx.com: 'In an interview on British TV Secretary Rudd said the situation was "not acceptable" and that there should be "no place for terrorists to hide".'
    expect(linksOf(matchingDevPage('1503-'), 'there should be "no place for terrorists to hide"')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for', 'quote Amber Rudd verbatim']);
  });

  it('reads the Home Secretary’s demand with no quote of hers in the sentence', () => {
    // The Independent, 26 March 2017
    const page = matchingDevPage('244-');
    expect(linksOf(page, 'must hand over encrypted messages to the security services')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for']);
  });

  it('reads "But her call for a back door…", "Her chilling message is…" as the call of the one the text before named', () => {
    // Newser: 'But her call for a "back door" system to allow authorities to retrieve information is likely to meet resistance…'
    expect(linksOf(fixtureText('devset', '022-'), 'But her call for a "back door" system')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for']);
    // TechSparx: "Her chilling message is there should be no secret places to hide."
    expect(linksOf(matchingDevPage('1503-'), 'Her chilling message is')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for']);
  });

  it('reads a demand in a headline\'s words, a concern voiced, and "She appeared…, urging…"', () => {
    const access = ['position state-access-to-encrypted-messages Amber Rudd for'];
    // i news: "Amber Rudd: WhatsApp's end-to-end encryption must end to protect against terrorism"
    expect(linksOf(fixtureText('devset', '012-'), 'encryption must end to protect against terrorism')).toEqual(access);
    // Modgadget: "…home secretary Amber Rudd expressed her concern over communication platforms such as WhatsApp using end-to-end encryption"
    expect(linksOf(fixtureText('devset', '011-'), 'expressed her concern over')).toEqual(access);
    // New York Post: "She appeared on both BBC and Sky News, urging WhatsApp and other encrypted messenger services to allow law enforcement access"
    expect(linksOf(fixtureText('devset', '023-'), 'She appeared on both BBC and Sky News')).toEqual(access);
  });

  it('reads "the minister" as the minister the page just named, and "she" after "Although"', () => {
    // Politico: "The companies, however, did not respond publicly to the minister's recent attack on encryption."
    expect(linksOf(matchingDevPage('330-'), "the minister's recent attack on encryption")).toEqual(['position state-access-to-encrypted-messages Amber Rudd for']);
    // E&T: "Although she will voice her concerns about encryption, the main focus of the meeting will be on efforts to tackle terrorist material and propaganda online."
    expect(linksOf(matchingDevPage('248-'), 'Although she will voice her concerns')).toEqual([
      'position state-access-to-encrypted-messages Amber Rudd for',
      'position tech-firms-remove-extremist-material Amber Rudd for',
    ]);
  });

  it('reads "Amber Rudd\'s proposals", though another criticises them, and an "assault on WhatsApp" as her demand', () => {
    const access = ['position state-access-to-encrypted-messages Amber Rudd for'];
    // PoliticsHome: "Dr Andrew Murrison MP, criticises Amber Rudd's proposals for Whatsapp to provide backdoors…"
    expect(linksOf(matchingDevPage('453-'), "criticises Amber Rudd's proposals")).toEqual(access);
    // Express & Star: "The Home Secretary was quick to launch an assault on WhatsApp…"
    expect(linksOf(matchingDevPage('463-'), 'quick to launch an assault on WhatsApp')).toEqual(access);
  });

  it('reads her demand where she says she need not understand encryption to see it helping criminals', () => {
    // Graham Cluley: "“I don’t need to understand how encryption works to understand how it’s helping – end-to-end encryption – the criminals."
    expect(linksOf(matchingDevPage('2205-'), 'to understand how it’s helping')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for']);
  });

  it('reads her demand where the ones who "do not want" encryption are others: "real people"', () => {
    // MacRumors: "…Amber Rudd has argued that "real people" do not want secure end-to-end encryption on messaging platforms…"
    expect(linksOf(matchingDevPage('2200-'), 'do not want secure end-to-end encryption')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for']);
  });

  it('reads "What she wants is…" as her view', () => {
    // Fudzilla: "What she wants is technology firms to make it easier for police and security services to access encrypted data."
    expect(linksOf(matchingDevPage('2204-'), 'What she wants is technology firms')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for']);
  });

  it('gives "she" to nobody after a sentence that names two women', () => {
    // PublicTechnology: "Both Rudd and prime minister Theresa May have previously spoken of the need for big companies to clamp down…",
    // then "While acknowledging the role of the Global Internet Forum, …, she will tell delegates in San Francisco…": Rudd, as
    // the headline says, but not by the sentence before, which makes "she" either of them
    const page = matchingDevPage('1509-');
    expect(linksOf(page, 'she will tell delegates in San Francisco')).not.toContain('position tech-firms-remove-extremist-material Theresa May for');
    expect(linksOf(page, 'have sought to misuse your platforms')).not.toContain('position tech-firms-remove-extremist-material Theresa May for');
  });

  it('reads no demand in a denial, in a fragment of her words that says nothing, or in firms pointing her to their work', () => {
    // City A.M.: "…Rudd said: \"I never did suggest it.\""
    expect(linksOf(matchingDevPage('458-'), 'I never did suggest it')).toEqual([]);
    // Daily Mail (PressReader): a line that is only "We need to make sure"
    expect(linksOf(matchingDevPage('461-'), 'We need to make sure')).toEqual([]);
    // Politico: "Leading tech firms pointed U.K. Home Secretary Amber Rudd Thursday to their existing actions…"
    expect(linksOf(matchingDevPage('330-'), 'Leading tech firms pointed')).toEqual([]);
  });

  it('reads Downing Street, No 10 and the Prime Minister\'s spokesman as speaking for Theresa May', () => {
    // The Guardian (via Yahoo), 24 March 2017
    const page = matchingDevPage('1355-');
    const removal = 'position tech-firms-remove-extremist-material Theresa May for';
    expect(linksOf(page, 'Internet firms must do more to tackle online extremism, says No 10')).toEqual([removal]);
    expect(linksOf(page, 'Downing Street has called for social media companies to do more')).toEqual([removal]);
    expect(linksOf(page, 'we think that they can and must do more,” the spokesman told journalists')).toEqual([removal, 'quote Theresa May paraphrase']);
  });

  it('gives a view said together to each of those who say it: "Johnson echoed … Theresa May in saying…"', () => {
    // MSN (PA): "Johnson echoed British Prime Minister Theresa May in saying internet companies need to prevent terror and hate being spread in cyberspace."
    expect(linksOf(matchingDevPage('246-'), 'Johnson echoed British Prime Minister Theresa May')).toEqual([
      'position tech-firms-remove-extremist-material Boris Johnson for',
      'position tech-firms-remove-extremist-material Theresa May for',
    ]);
  });

  it('does not give a demand to the minister when the sentence gives it to another speaker', () => {
    // Red Herring: "The minister will likely face opposition …: former Prime Minister David Cameron lobbied for messaging firms to open a “backdoor”…"
    expect(linksOf(matchingDevPage('284-'), 'David Cameron lobbied')).toEqual([]);
  });

  it('reads a demand named as hers ("Rudd\'s call", "Amber Rudd\'s WhatsApp encryption plans") and "criticised Rudd after she called for…"', () => {
    const access = ['position state-access-to-encrypted-messages Amber Rudd for'];
    // The Guardian (via a reader): "Rudd's call suggests a hazy grasp of encryption"
    expect(linksOf(matchingDevPage('555-'), "Rudd's call suggests a hazy grasp")).toEqual(access);
    // City A.M.: "Here's what Sir Tim Berners-Lee had to say about Amber Rudd's WhatsApp encryption plans…"
    expect(linksOf(matchingDevPage('566-'), "Amber Rudd's WhatsApp encryption plans")).toEqual(access);
    // Red Pepper: "Privacy advocates have criticized U.K. Home Secretary Amber Rudd after she called for security services to be able to access…"
    expect(linksOf(matchingDevPage('552-'), 'after she called for security services')).toEqual(access);
  });

  it('gives no view to the one a sentence only answers, nor to "it" in "It is right that…", said by someone else', () => {
    const page = matchingDevPage('552-');
    // "But while responding to Rudd's statement, privacy advocates … argue that it would be dangerous…"
    expect(linksOf(page, 'while responding to Rudd')).toEqual([]);
    // "“It is right that technology companies should help the police…,” says Jim Killock, executive director of Open Rights Group."
    expect(linksOf(page, 'It is right that technology companies should help')).toEqual([]);
  });

  it('reads "According to her, …" as the view of the one the text before named', () => {
    // The Tech Portal: "According to her, intelligence services must be able to access readable data from apps such as end-to-end encrypted WhatsApp, saying:"
    expect(linksOf(matchingDevPage('1855-'), 'According to her, intelligence services')).toContain('position state-access-to-encrypted-messages Amber Rudd for');
  });

  it('takes "she" from the sentence before', () => {
    // Liberty: "She called any messenger that gives users privacy a 'hiding place for terrorists'"
    const page = matchingDevPage('254-');
    expect(linksOf(page, 'She called any messenger')).toContain('position state-access-to-encrypted-messages Amber Rudd for');
  });

  it('does not make the person warned, or met, the one who holds the view', () => {
    // HuffPost: "Amber Rudd has been warned by a Tory MP that giving government the ability to read encrypted WhatsApp messages…"
    expect(linksOf(matchingDevPage('241-'), 'has been warned by a Tory MP')).toEqual([]);
    // E&T: "…are to meet with Home Secretary Amber Rudd to discuss messaging encryption and security services’ access…"
    expect(linksOf(matchingDevPage('248-'), 'are to meet with Home Secretary Amber Rudd')).toEqual([]);
  });

  it('does not give the Home Secretary the view a critic tells her: "Amber Rudd doesn\'t seem to understand that…"', () => {
    // talkRADIO, quoting a security specialist: "Amber Rudd doesn't seem to understand that by opening up the cloud side of
    // communications for interception by security services, you're basically opening it up for anyone."
    expect(linksOf(matchingDevPage('1857-'), 'seem to understand that by opening up')).toEqual([]);
    // Peter Black: "(and this is particularly important for Amber Rudd to understand) that that there is no way to give security forces a backdoor…"
    expect(linksOf(matchingDevPage('2210-'), 'important for Amber Rudd to understand')).toEqual([]);
  });

  it('does not give a demand to the one it is made of: "to say that WhatsApp … should hand over", "to force WhatsApp to hand over"', () => {
    // BuzzFeed: "So Amber Rudd, the home secretary, went on the Andrew Marr show on Sunday to say that WhatsApp, the globe-conquering
    // messaging service, should hand over the final messages of Khalid Masood…": WhatsApp co-operates in the corpus, and here it is asked to
    expect(linksOf(matchingDevPage('2002-'), 'to say that WhatsApp').filter((link) => link.includes('WhatsApp'))).toEqual([]);
    // Irish Independent: "US President Donald Trump is under pressure to force WhatsApp to hand over vital evidence on the Westminster attack…"
    expect(linksOf(matchingDevPage('2087-'), 'to force WhatsApp to hand over').filter((link) => link.includes('WhatsApp'))).toEqual([]);
  });

  it('reads no view in a question left unanswered: "would not say whether", "would not be drawn on whether"', () => {
    // The Guardian via Yahoo: "The prime minister’s spokesman would not say whether the government would legislate if social media companies failed…"
    const page = matchingDevPage('1355-');
    expect(linksOf(page, 'would not say whether the government would legislate')).toEqual([]);
    expect(linksOf(page, 'would not be drawn on whether the government would legislate')).toEqual([]);
  });

  it('reads the demand made after a denial, on the topic the denial named: "doesn\'t want to ban encrypted messages, she just wants the spooks to have access to them"', () => {
    // IT Pro: "To be clear, Amber Rudd doesn't want to ban encrypted messages, she just wants the spooks to have access to them."
    expect(linksOf(matchingDevPage('1700-'), 'she just wants the spooks to have access')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for']);
  });

  it('reads "with Theresa May saying…" as May speaking, and two people a sentence opens with as holding the view together', () => {
    // Bloomberg: "…, with Prime Minister Theresa May saying the YouTube owner should do more to remove inappropriate material from the internet."
    expect(linksOf(matchingDevPage('1505-'), 'with Prime Minister Theresa May saying')).toEqual(['position tech-firms-remove-extremist-material Theresa May for']);
    // Knowledge Fibre: "Amber Rudd and Boris Johnson have stepped up the heat on firms over their ‘disgusting’ failure to block extremist content."
    expect(linksOf(matchingDevPage('2089-'), 'have stepped up the heat on firms').filter((link) => link.startsWith('position')).sort()).toEqual([
      'position tech-firms-remove-extremist-material Amber Rudd for',
      'position tech-firms-remove-extremist-material Boris Johnson for',
    ]);
  });

  it('reads "politicians such as Amber Rudd" as holding the view, as firms "such as WhatsApp" do not', () => {
    // What Mobile: "…, leading MPs such as Amber Rudd to call for a clamp-down on encrypted messaging platforms."
    expect(linksOf(matchingDevPage('2505-'), 'leading MPs such as Amber Rudd')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for']);
    // CNBC: "The encryption … of WhatsApp messages has been under fire from politicians such as U.K. Home Secretary Amber Rudd."
    expect(linksOf(matchingDevPage('1915-'), 'under fire from politicians such as')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for']);
  });

  it('gives the words of a quotation handed on by "For Rudd continues:" to her, and reads her demand in them', () => {
    // ConservativeHome: "For Rudd continues:" then "“But the inability to gain access to encrypted data in specific and targeted instances … is
    // right now severely limiting our agencies’ ability to stop terrorist attacks…"
    expect(linksOf(matchingDevPage('2553-'), 'But the inability to gain access to encrypted data')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for']);
  });

  it('reads a demand taken back as no demand', () => {
    // HuffPost (Spurrier): 'That her clarification started with "We don't want to ban encryption, but..."'
    expect(linksOf(matchingDevPage('256-'), 'We don\'t want to ban encryption')).toEqual([]);
    // PublicTechnology: "…she did not want to outlaw encryption entirely, nor did she want firms that use it to include so-called back doors…"
    expect(linksOf(matchingDevPage('2108-'), 'nor did she want firms that use it')).toEqual([]);
  });
});

describe('an argument followed through a quotation', () => {
  it('reads "the Australian prime minister" as no one the story knows, so the "she" who goes on speaking is still Ms Rudd', () => {
    // The Inquirer: "Proving that, like the Australian prime minister*, she still doesn't understand how encryption works, she
    // told the BBC: …" then 'She continued: "However, there is a problem in terms of the growth of end-to-end encryption.'
    const page = matchingDevPage('2104-');
    expect(linksOf(page, 'there is a problem in terms of the growth')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for']);
    expect(personMentions("like the Australian prime minister*, she still doesn't understand", index.people)).toEqual([]);
    expect(personMentions("France's interior minister met the Prime Minister", index.people).map((m) => m.personId)).toEqual(['theresa-may']);
  });

  it('knows who "she" is after a paragraph of her quotation, and reads no quote into "we need to make sure that"', () => {
    // London Loves Business: 'She said on the BBC one Andrew Marr show that: "It is completely unacceptable…' and three
    // paragraphs of her words, then '"What these companies have to realise is that they are now publishing companies, … and we
    // need to make sure that that (hosting extremist material) stops," she said.'
    expect(linksOf(matchingDevPage('2651-'), 'What these companies have to realise')).toEqual(['position tech-firms-remove-extremist-material Amber Rudd for']);
  });

  it('gives every sentence of a quotation that runs over paragraphs to the speaker named in its first', () => {
    // AOL/PA, 5 April 2017: Mrs May said: "The Government has already spent … / "We think that there is more that
    // they could and should be doing … / "I think it's very important that we do see action from the companies.
    const page = matchingDevPage('251-');
    const mays = ['position tech-firms-remove-extremist-material Theresa May for'];
    expect(linksOf(page, 'We think that there is more that they could and should be doing')).toEqual(mays);
    expect(linksOf(page, 'we do see action from the companies')).toEqual(mays);
    expect(linksOf(page, 'We will continue to press them')).toEqual(mays);
    // a short aside inside the quotation argues nothing
    expect(linksOf(page, 'They have made some progress.')).toEqual([]);
    // nor a paragraph of quotation that speaks of nothing the argument is about: MSN/PA, Boris Johnson,
    // "Evil flourishes when good men do nothing - and that's what's happening here."
    expect(linksOf(matchingDevPage('246-'), 'Evil flourishes when good men do nothing')).toEqual([]);
    // nor one that speaks of another attack: City A.M., "Discussing terrorism threats … in the wake of the Manchester attack last week…, Rudd said…"
    expect(linksOf(matchingDevPage('458-'), 'in the wake of the Manchester attack')).toEqual([]);
    // nor does one that only "She added:" makes longer: IT Pro, "She added: "My starting point is pretty straightforward."
    expect(linksOf(matchingDevPage('662-'), 'My starting point is pretty straightforward')).toEqual([]);
  });

  it('goes on after "she said" and stops where she takes a demand back', () => {
    // City A.M., 27 March 2017: "We're not saying open up, we don't want to go into the cloud … / But we do want
    // them to recognise that they have a responsibility to engage with government … / We would do it all through
    // the carefully thought through, legally covered arrangements," she said.
    const page = matchingDevPage('243-');
    expect(linksOf(page, "We're not saying open up")).toEqual([]);
    expect(linksOf(page, 'legally covered arrangements')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for']);
  });

  it('gives a quotation paragraph that names nobody to the speaker of the quotation just before, and no caption', () => {
    // MSN/PA, 26 March 2017: "I'm furious about it. / It's disgusting," he said. / "They need to stop just making money out of prurient violent material."
    const page = matchingDevPage('246-');
    expect(linksOf(page, 'They need to stop just making money')).toEqual(['position tech-firms-remove-extremist-material Boris Johnson for']);
    expect(linksOf(page, 'Provided by Press Association')).toEqual([]);
  });

  it('goes on with the one of her two arguments a sentence speaks of', () => {
    // Belfast Telegraph: her demand on encrypted services, then her call on firms to take material down:
    // "…the best people to take action are those who understand the technology and the "necessary hashtags"."
    const firms = ['position tech-firms-remove-extremist-material Amber Rudd for'];
    expect(linksOf(matchingDevPage('457-'), 'industry-wide board doing it independently')).toEqual(firms);
    // Tech Monitor: "People who want to do us harm should not be able to use the internet or social media to do so."
    expect(linksOf(matchingDevPage('331-'), 'People who want to do us harm')).toEqual(firms);
  });

  it('moves on to another of her positions when her words plainly speak of it', () => {
    // City A.M.: her encryption argument, then: "The area that I am most concerned about is the internet companies who
    // are continuing to publish the hate publications…"
    expect(linksOf(matchingDevPage('458-'), 'The area that I am most concerned about')).toEqual(['position tech-firms-remove-extremist-material Amber Rudd for']);
    // Ars Technica: "We focused on the issue of access to terrorist propaganda online…," said the home secretary.
    expect(linksOf(matchingDevPage('564-'), 'We focused on the issue of access')).toEqual(['position tech-firms-remove-extremist-material Amber Rudd for']);
  });

  it('reads a holder pressing the firms to act as pursuing the demand the page gave her, and not a meeting called', () => {
    const hers = ['position state-access-to-encrypted-messages Amber Rudd for'];
    // The Independent: "Ms Rudd said she hoped to reach a voluntary agreement with tech firms, but hinted she was ready to use legislation to force them to act if necessary."
    expect(linksOf(matchingDevPage('244-'), 'ready to use legislation')).toEqual(hers);
    // The Sun via mcb777: "Ms Rudd is hopeful that when she hauls a bunch of them in to the Home Office on Thursday, they’ll agree to do the right thing."
    // (the reader links both her demands here: the Home Office meeting was about extremist material too)
    expect(linksOf(matchingDevPage('460-'), 'hauls a bunch of them')).toEqual([...hers, 'position tech-firms-remove-extremist-material Amber Rudd for']);
    // Gizbot: "Reportedly, Rudd has summoned representatives from WhatsApp, Facebook, Google, and other online firms for an event for discussing the matter."
    expect(linksOf(matchingDevPage('325-'), 'summoned representatives')).toEqual([]);
  });

  it('reads new legislation against encrypted messaging, and firms that "cannot get away with" encryption, as her demand', () => {
    const access = 'position state-access-to-encrypted-messages Amber Rudd for';
    // The Telegraph via PressReader: "Ms Rudd refused to rule out passing new legislation to tackle encrypted messaging and the posting of extremist material online."
    expect(linksOf(matchingDevPage('912-'), 'refused to rule out passing new legislation')).toContain(access);
    // 9to5Mac: "…has told the BBC that Apple ‘cannot get away with’ apps that offer unbreakable encryption…"
    expect(linksOf(matchingDevPage('901-'), 'cannot get away with’ apps')).toContain(access);
  });

  it('reads her call on firms in the words critics put it: "necessary hashtags", "censor content", "curbing extremist material"', () => {
    const firms = ['position tech-firms-remove-extremist-material Amber Rudd for'];
    // Techdirt's headline: "UK Home Secretary: I Need People Who Understand The Necessary Hashtags To Censor Bad People Online"
    const techdirt = matchingDevPage('658-');
    expect(linksOf(techdirt, 'I Need People Who Understand The Necessary Hashtags')).toEqual(firms);
    expect(linksOf(techdirt, 'in a mass collusion to censor content')).toEqual(firms);
    // IT Pro: "…she pulled in tech giants for a chat, but the focus of the meeting appears to have been curbing extremist material online…"
    expect(linksOf(matchingDevPage('662-'), 'curbing extremist material online')).toEqual(firms);
    // Gizbot: "She also added that it should come up with a way to gain access to the content of the conversations…": her other demand, not this one
    expect(linksOf(matchingDevPage('325-'), 'gain access to the content')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for']);
  });

  it('reads "the need for the security services to be able to spy on everyone" as her demand, though no message is named', () => {
    // Rappidly: "She trotted out the usual excuses about terrorism and the need for the security services to be able to spy on everyone unfettered."
    expect(linksOf(matchingDevPage('562-'), 'able to spy on everyone')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for']);
  });

  it('gives a quotation to the one the sentence before hands it to with a colon', () => {
    // Techdirt: "Instead, Rudd, who again, I remind you, is in a very powerful position … said this while talking about
    // getting various social media companies to be more proactive in censoring content:" then her words in quotation marks
    const page = matchingDevPage('658-');
    const firms = ['position tech-firms-remove-extremist-material Amber Rudd for'];
    expect(linksOf(page, 'What I’m saying is the best people')).toEqual(firms);
    expect(linksOf(page, 'industry-wide board set up where they do it themselves')).toEqual(firms);
  });

  it('gives no words of hers to those who criticise her, and gives a spokesperson\'s words to the firm', () => {
    // E&T: "Industry experts criticised Rudd’s suggestion, saying that encryption is a very important tool for the cyber security of consumers…"
    expect(linksOf(matchingDevPage('1403-'), 'Industry experts criticised Rudd')).toEqual([]);
    // HardwareZone: "A WhatsApp spokesperson has since said that they are cooperating with law enforcement investigations…"
    expect(linksOf(matchingDevPage('553-'), 'A WhatsApp spokesperson has since said')).toContain('quote WhatsApp paraphrase');
  });

  it('does not make the one spoken of the speaker: "The Shadow Home Secretary said Ms Rudd should…"', () => {
    // The Sun via mcb777: Diane Abbott, the Shadow Home Secretary, is not Amber Rudd, and "said Ms Rudd should" is Abbott speaking
    expect(linksOf(matchingDevPage('253-'), 'The Shadow Home Secretary said Ms Rudd should')).toEqual([]);
  });
});

describe('numbers given to the person they belong to', () => {
  it('does not read "the 52-year-old" as the age of the officer the sentence names, but as the one who stabbed him', () => {
    // Metro: "…was right to shot the 52-year-old after he stabbed Pc Keith Palmer to death."
    expect(linksOf(fixtureText('devset', '007-'), 'right to shot the 52-year-old')).toEqual(['fact attacker.age agrees']);
  });

  it('gives each age in a list to the name it stands with', () => {
    // Telegraph: "…were Aysha Frade, a 43-year-old British mother; Kurt Cochran, a US tourist from Utah; and 75-year-old Leslie Rhodes…"
    expect(linksOf(matchingDevPage('201-'), 'Masood\'s three victims on Westminster Bridge')).toEqual([
      'fact victim.age:aysha-frade differs',
      'fact victim.age:leslie-rhodes agrees',
    ]);
    // PTI via Deccan Herald: "…Andreea Cristea, 31, and Kurt Cochran, 54 – read out tributes…"
    expect(linksOf(matchingDevPage('825-'), 'and Kurt Cochran, 54')).toContain('fact victim.age:kurt-cochran agrees');
    // Newser: "The Salt Lake Tribune identifies the man as 54-year-old Bountiful resident Kurt Cochran, who…"
    expect(linksOf(matchingDevPage('610-'), '54-year-old Bountiful resident Kurt Cochran')).toEqual(['fact victim.age:kurt-cochran agrees']);
  });

  it('reads a person by description ("teacher") and a wrong age beside it as differing', () => {
    // The Independent: "…the attacker killed 43-year-old teacher Aysha Frade, … and Kurt Cochran, 54, an American tourist…"
    const links = linksOf(matchingDevPage('202-'), 'In addition to pensioner Mr Rhodes');
    expect(links).toContain('fact victim.age:aysha-frade differs');
    expect(links).toContain('fact victim.age:kurt-cochran agrees');
    expect(links.some((l) => l.startsWith('fact attack.killed'))).toBe(false);
  });

  it('reads "the 52-year-old" as the one person a sentence opens with, only to agree', () => {
    // Irish Independent: "Khalid Masood was active on the encrypted messaging service at 2.37pm on Wednesday, although it remains unclear whether the 52-year-old was sending…"
    expect(linksOf(fixtureText('devset', '009-'), 'although it remains unclear whether the 52-year-old')).toEqual(['fact attacker.age agrees']);
    // the same reading never makes a difference: an age only likely to be this person's is not compared when it differs
    const likely = analyzePage({ title: 'Westminster attack', text: 'Khalid Masood was named by police. Kurt Cochran was visiting London from Utah when the 52-year-old drove into him on Westminster Bridge.' }, index);
    expect(likely.matches.filter((m) => m.sentence.startsWith('Kurt Cochran')).map(linkName)).toEqual([]);
  });

  it('reads a sentence that opens with "The 48-year-old" as likely the person the sentence before named, only to agree', () => {
    // Belfast Telegraph: "The funeral for Pc Keith Palmer has taken place… / The 48-year-old was stabbed to death by Khalid Masood…"
    expect(linksOf(matchingDevPage('215-'), 'The 48-year-old was stabbed to death')).toEqual(['fact victim.age:keith-palmer agrees']);
    // a wrong age there is no difference: it may be someone else's
    const page = { title: 'Westminster attack', text: 'The funeral for Pc Keith Palmer has taken place in London. The 30-year-old was stabbed to death by Khalid Masood.' };
    expect(analyzePage(page, index).matches.filter((m) => m.sentence.startsWith('The 30-year-old')).map(linkName)).toEqual([]);
  });

  it('reads "the 48-year-old" standing for someone as likely the person the sentence before named, only to agree', () => {
    // i news: "Mr Ellwood had rushed to the aid of the 48-year-old before paramedics arrived to help."
    expect(linksOf(matchingDevPage('803-'), 'rushed to the aid of the 48-year-old')).toEqual(['fact victim.age:keith-palmer agrees']);
    // Daily Mail via PressReader: "…because they could reveal the 52-yearold’s contacts."
    expect(linksOf(matchingDevPage('461-'), 'reveal the 52-yearold')).toEqual(['fact attacker.age agrees']);
  });

  it('does not take a man arrested for the attacker because the sentence before named him', () => {
    // The Japan Times: "The 30-year-old is one of two men now in custody over possible links to the attack."
    expect(linksOf(fixtureText('heldout', '142-'), 'The 30-year-old is one of two men')).not.toContain('fact attacker.age differs');
  });
});

describe('people of the same surname', () => {
  it('does not take his wife, "Mrs Cochran" or "Melissa Cochran", for Kurt Cochran', () => {
    const named = (sentence: string) => personMentions(sentence, index.people).map((m) => m.personId);
    // Press Association via AOL: "Mrs Cochran was badly injured."
    expect(fixtureSentence(matchingDevPage('402-'), 'Mrs Cochran was badly injured')).toBeDefined();
    expect(named('Mrs Cochran was badly injured.')).toEqual([]);
    // NDTV (AP): "…a chance for Kurt and Melissa Cochran to visit Melissa's parents…", "…to help Melissa Cochran while she's unable to work…"
    expect(named(fixtureSentence(matchingDevPage('361-'), 'help Melissa Cochran while')!)).toEqual([]);
    expect(named(fixtureSentence(matchingDevPage('361-'), "Cochran's death was memorialized")!)).toEqual(['kurt-cochran']);
  });
});

describe('holders as newspapers write them', () => {
  it('reads "a top U.K. official" as the Home Secretary, as "top UK official" is', () => {
    // Recode (Vox), 26 March 2017: "After the London terror attack, a top U.K. official says Facebook needs to open up WhatsApp"
    expect(linksOf(matchingDevPage('1702-'), 'a top U.K. official says Facebook needs to open up WhatsApp')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for']);
  });

  it('does not give the Home Secretary a view that Downing Street states, naming her inside its own quotation', () => {
    // Cyberleagle, May 2017: 'Downing Street weighed in again: “What the home secretary said yesterday is: where there are instances where
    // law-enforcement agencies wish to gain access to messages…”' (No 10 speaks; the corpus records no view of No 10 on access)
    expect(linksOf(matchingDevPage('1707-'), 'Downing Street weighed in again')).toEqual([]);
  });

  it('reads "the acting head of London\'s police force" as Craig Mackey, whose "wake up call" it quotes', () => {
    // Reuters via Gadgets 360: 'The London attack which left four people dead was a "wake up call" for technology firms …, the acting
    // head of London's police force said on Wednesday.'
    expect(linksOf(matchingDevPage('1861-'), 'the acting head of London')).toContain('quote Craig Mackey verbatim');
  });
});

describe('the Prime Minister as newspapers write her', () => {
  it('reads "May said:" as Theresa May speaking, but not "published in May said"', () => {
    const named = (sentence: string) => personMentions(sentence, index.people).map((m) => m.personId);
    // London Loves Business, April 2017: "May said: “We continue to talk to the companies."
    expect(named(fixtureSentence(matchingDevPage('910-'), 'May said: “We continue')!)).toEqual(['theresa-may']);
    expect(named('A report published in May said the firms had done little.')).toEqual([]);
  });

  it('keeps her as "she" when her own quotation names the Home Secretary: "…The Home Secretary met them last week.” … She added:"', () => {
    const page = matchingDevPage('910-');
    const sentences = splitSentences(page.text);
    const read = sentencePeople(sentences, index.people);
    const at = sentences.findIndex((s) => s.text.startsWith('She added: “The Government has already spent'));
    expect(sentences[at - 3]!.text).toContain('The Home Secretary met them last week');
    expect(read[at]!.speaker).toBe('theresa-may');
  });
});

describe('death tolls that depend on who is counted', () => {
  it('adds the officer stabbed after those run down: "…, then stabbed and killed a police officer", "four pedestrians who died and stabbed a policeman"', () => {
    // BBC and the Guardian on the inquest, September 2018: five dead, against the corpus's four of March 2017
    expect(linksOf(matchingDevPage('1454-'), 'drove into and killed four people on 22 March 2017, then stabbed')).toEqual(['fact attack.killed differs']);
    expect(linksOf(matchingDevPage('1458-'), 'into four pedestrians who died and stabbed a policeman')).toEqual(['fact attack.killed differs']);
  });

  it('leaves out the attacker set off by dashes: "five people - including the perpetrator - were killed" is four victims', () => {
    // NDTV (New Delhi), 23 March 2017
    expect(linksOf(matchingDevPage('1555-'), 'five people - including the perpetrator - were killed')).toEqual(['fact attack.killed agrees']);
  });

  it('counts "one of five people killed by Masood" as his victims, five against the corpus\'s four', () => {
    // The Guardian (via a reader): "Cristea was one of five people killed by Masood, who carried out a car and knife attack…"
    expect(linksOf(matchingDevPage('363-'), 'Cristea was one of five people killed by Masood')).toEqual(['fact attack.killed differs']);
  });

  it('counts the one named and the others: "killed Pc Keith Palmer and four others" is five', () => {
    // Daily Mail, one year on: "• Khalid Masood killed Pc Keith Palmer and four others in a murderous rampage along Westminster Bridge"
    expect(linksOf(fixtureText('heldout', '112-'), 'killed Pc Keith Palmer and four others')).toEqual(['fact attack.killed differs']);
  });

  it('counts "three other people" with the one the sentence is about: four, as the corpus says', () => {
    // ITV, a witness beside PC Palmer: "• Three other innocent people died in the attack on Wednesday"
    expect(linksOf(matchingDevPage('1022-'), 'Three other innocent people died')).toEqual(['fact attack.killed agrees']);
    // Police Professional: "PC Palmer … was stabbed to death confronting an attacker who had already fatally injured three other people."
    expect(linksOf(matchingDevPage('509-'), 'had already fatally injured three other people')).toEqual(['fact attack.killed agrees']);
  });

  it('counts the officer he stabbed "before" apart from the people he killed, however far on the sentence names him', () => {
    // Express & Star: "Khalid Masood killed three people and injured scores more after ploughing a car into pedestrians on Westminster Bridge before stabbing Pc Keith Palmer to death."
    expect(linksOf(matchingDevPage('602-'), 'killed three people and injured scores more')).toEqual(['fact attack.killed agrees']);
    // Yahoo NZ: "…rampage on Westminster Bridge that killed three people and injured 50 more before he fled through the gates of Parliament and fatally stabbed a police officer."
    expect(linksOf(matchingDevPage('619-'), 'killed three people and injured 50 more before he fled')).toEqual(['fact attack.killed agrees']);
    // The Straits Times: "Four people died and 50 were injured after Masood drove his car into pedestrians …, before stabbing to death unarmed police officer Keith Palmer": the four may count him
    expect(linksOf(matchingDevPage('216-'), 'Four people died and 50 were injured')).not.toContain('fact attack.killed differs');
  });

  it('counts the officer named apart from "four members of the public"', () => {
    // Daily Mail at the 2018 inquest: "Four members of the public and PC Keith Palmer died…"
    const page = matchingDevPage('203-', '2018-09-10');
    expect(linksOf(page, 'Four members of the public and PC Keith Palmer died')).toEqual(['fact attack.killed differs']);
  });

  it('reads a toll that lists the officer among its dead as victims: "five, including the police officer" is five against four', () => {
    // oneclicksmile: "…a deadly attack which killed five people, including the tragic stabbing of officer PC Keith Palmer…"
    expect(linksOf(matchingDevPage('512-'), 'a deadly attack which killed five people')).toEqual(['fact attack.killed differs']);
    // Los Angeles Times, 7 April 2017: "The death toll from the attack now stands at five, including the police officer."
    expect(linksOf(matchingDevPage('2024-'), 'The death toll from the attack now stands at five')).toEqual(['fact attack.killed differs']);
  });

  it('takes the attacker out of a toll that counts him', () => {
    // RT: "Six people were killed, including the attacker"
    const killed = analyzePage(fixtureText('heldout', '113-'), index).matches.find((m) => m.sentence.startsWith('Six people were killed'));
    expect(killed?.differences?.[0]?.page).toBe('Six people were killed, including the attacker');
  });

  it('agrees with "four died … including a police officer", and does not read three on the bridge as the toll', () => {
    // AP: "Four died in the rampage, including a police officer."
    expect(linksOf(matchingDevPage('282-'), 'Four died in the rampage')).toEqual(['fact attack.killed agrees']);
    // BBC: "Khalid Masood, 52, killed three people when he drove a car into pedestrians on Wednesday."
    expect(linksOf(matchingDevPage('293-'), 'killed three people when he drove')).toEqual(['fact attacker.age agrees']);
  });

  it('counts those "including a police officer" as victims: five against the corpus\'s four', () => {
    // The Week: "…his deadly attack in which five people, including a police officer, were killed."
    expect(linksOf(matchingDevPage('294-'), 'five people, including a police officer, were killed')).toContain('fact attack.killed differs');
  });

  it('reads "Fourth victim named as…" as four dead, and not "the fourth victim was taking a photo", which only says which one', () => {
    // The Independent: "London terror attack: Fourth victim named as Leslie Rhodes"
    expect(linksOf(matchingDevPage('202-'), 'Fourth victim named as Leslie Rhodes')).toEqual(['fact attack.killed agrees']);
    // The Guardian (via a reader): "Westminster attack: fourth victim was taking photo before car struck her"
    expect(linksOf(matchingDevPage('363-'), 'fourth victim was taking photo')).toEqual([]);
  });

  it('counts the dead "when he drove into people … and stabbed an officer" as those of both, the officer among them or not', () => {
    // NZ Herald (Northern Advocate): "…just days after four people were killed and 50 injured when Khalid Masood drove his car into
    // people on Westminster Bridge and stabbed an unarmed police officer guarding Parliament last Thursday."
    expect(linksOf(matchingDevPage('2785-'), 'four people were killed and 50 injured when Khalid Masood drove')).toEqual(['fact attack.killed agrees']);
  });

  it('takes "the alleged assailant" out of a toll that counts him: five dead, four victims', () => {
    // Whale Oil: "In a statement Mr English has condemned the attacks that left five people dead, including a police officer and
    // the alleged assailant on Wednesday (local time)."
    expect(linksOf(matchingDevPage('2784-'), 'left five people dead, including a police officer and the alleged assailant')).toEqual(['fact attack.killed agrees']);
  });

  it('reads those "killed by a car" as some of the dead, not the toll, so "the fourth victim" beside them is the count', () => {
    // awaown (a blog): "The fourth victim has been named as 75-year-old Leslie Rhodes, … - one of three people killed by a car on
    // Westminster Bridge.": three on the bridge, the officer stabbed apart; four victims in all
    expect(linksOf(matchingDevPage('2728-'), 'one of three people killed by a car')).toEqual(['fact attack.killed agrees', 'fact victim.age:leslie-rhodes agrees']);
  });

  it('takes the suspect out of "one of five people including the suspect killed", and adds the officer murdered after "killing four people"', () => {
    // Police Professional: "Police Constable Keith Palmer was one of five people including the suspect killed as he tried to intercept a terrorist…"
    expect(linksOf(matchingDevPage('509-'), 'one of five people including the suspect killed')).toEqual(['fact attack.killed agrees']);
    // Hindustan Times: "After mowing through pedestrians on the bridge in a car and killing four people, attacker Khalid Masood murdered police constable Keith Palmer…"
    expect(linksOf(matchingDevPage('513-'), 'killing four people, attacker Khalid Masood murdered')).toEqual(['fact attack.killed differs']);
  });

  it('counts "Keith Palmer, a police officer" beside four others, "the five people killed" as victims, and "named as the fourth victim"', () => {
    // The Guardian at the inquests: "Four members of the public and Keith Palmer, a police officer, died on 22 March last year…"
    expect(linksOf(matchingDevPage('410-'), 'Four members of the public and Keith Palmer, a police officer, died')).toEqual(['fact attack.killed differs']);
    // Hindustan Times, a year on: "…in remembrance of the five people killed in the Westminster Bridge terror attack on March 22 last year."
    expect(linksOf(matchingDevPage('513-'), 'in remembrance of the five people killed')).toEqual(['fact attack.killed differs']);
    // BuzzFeed: "Leslie Rhodes, 75, from south London, was later named as the fourth victim."
    expect(linksOf(matchingDevPage('356-'), 'was later named as the fourth victim')).toEqual(['fact attack.killed agrees', 'fact victim.age:leslie-rhodes agrees']);
  });

  it('reads an early whole toll lower than the corpus\'s as differing, and not three killed "when he drove a car into pedestrians"', () => {
    // NDTV (AP), the day after: "The alleged attacker, Khalid Masood, left three people dead in central London and dozens wounded…"
    expect(linksOf(matchingDevPage('361-'), 'left three people dead in central London')).toEqual(['fact attack.killed differs']);
    // BBC: "Khalid Masood, 52, killed three people when he drove a car into pedestrians on Wednesday."
    expect(linksOf(matchingDevPage('293-'), 'killed three people when he drove')).toEqual(['fact attacker.age agrees']);
    // CRC Connection: "…killing two and injuring dozens, on Westminster Bridge before stabbing and killing an officer outside the parliament."
    expect(linksOf(matchingDevPage('417-'), 'killing two and injuring dozens')).toEqual(['fact attack.killed differs']);
    // AP, the day after, with no word of the attack but a victim's name: "Kurt W. Cochran was one of two people killed…"
    expect(linksOf(matchingDevPage('501-'), 'was one of two people killed')).toEqual(['fact attack.killed differs']);
  });

  it('reads "is the fifth victim of the attack", "was the fourth victim to be named" and "brings the number of innocent lives lost to five" as tolls', () => {
    // Christian Today, after Andreea Cristea died: "Andreea Cristea, from Romania, is the fifth victim of the attack on 22 March…"
    expect(linksOf(matchingDevPage('608-'), 'is the fifth victim of the attack')).toEqual(['fact attack.killed differs']);
    // The Manila Times (AFP): "Cristea’s death brings the number of innocent lives lost to five."
    expect(linksOf(matchingDevPage('607-'), 'number of innocent lives lost to five')).toEqual(['fact attack.killed differs']);
    // Express & Star: "Retired window cleaner Leslie Rhodes was the fourth victim to be named."
    expect(linksOf(matchingDevPage('602-'), 'was the fourth victim to be named')).toEqual(['fact attack.killed agrees']);
    // Evening Standard: "Friends have paid tribute to the fourth victim killed in the Westminster terror attack."
    expect(linksOf(matchingDevPage('703-'), 'the fourth victim killed in the Westminster')).toEqual(['fact attack.killed agrees']);
    // The National (AP): "…as the number of people killed in his ramming and knife attack outside parliament rose to five."
    expect(linksOf(matchingDevPage('709-'), 'number of people killed in his ramming and knife attack')).toEqual(['fact attack.killed differs']);
  });

  it('reads "the death of five people", a toll dated "March 22, 2017", and "murdered a police officer and five pedestrians"', () => {
    // AP via value-cii, at the inquest a year on: "…began Monday an inquest into the death of five people last year…"
    expect(linksOf(matchingDevPage('824-'), 'inquest into the death of five people')).toContain('fact attack.killed differs');
    // The Sun via mcb777: "Here is the story of the Kent-born 52-year-old who killed five people and wounded 50 more on March 22, 2017."
    expect(linksOf(matchingDevPage('819-'), 'who killed five people and wounded 50 more')).toContain('fact attack.killed differs');    // the same AP page: "…when an extremist killed four people on Westminster Bridge in a rented vehicle and then fatally stabbed a police officer…": five
    expect(linksOf(matchingDevPage('824-'), 'killed four people on Westminster Bridge in a rented vehicle')).toEqual(['fact attack.killed differs']);
    // Sharecast: "…killed three people on Westminster Bridge last Wednesday before going on to stab a policeman to death.": four
    expect(linksOf(matchingDevPage('917-'), 'killed three people on Westminster Bridge last Wednesday')).toEqual(['fact attack.killed agrees']);
    // AP via Taiwan News, a victim written with his middle initial: "…a traditional funeral for 54-year-old Kurt W. Cochran."
    expect(linksOf(matchingDevPage('816-'), 'funeral for 54-year-old Kurt W. Cochran')).toEqual(['fact victim.age:kurt-cochran agrees']);
  });

  it('reads tolls as more pages put them, the attacker taken out wherever the list names him', () => {
    // BBC via maledatimes: "The 48-year-old husband and father was among five people who died, including the attacker, …"
    expect(linksOf(matchingDevPage('1002-'), 'was among five people who died, including the attacker')).toContain('fact attack.killed agrees');
    // Salt Lake Tribune: "…injuring her and killing her husband, Kurt Cochran, and three others."
    expect(linksOf(matchingDevPage('1009-'), 'killing her husband, Kurt Cochran, and three others')).toEqual(['fact attack.killed agrees']);
    // Express & Star: "Meanwhile a fourth victim, a 75-year-old man, died in hospital…"
    expect(linksOf(matchingDevPage('1014-'), 'a fourth victim, a 75-year-old man, died')).toContain('fact attack.killed agrees');
    // ITV: "• The fourth victim of the attack has been named as 75-year-old Leslie Rhodes from Streatham"
    expect(linksOf(matchingDevPage('1022-'), 'The fourth victim of the attack has been named')).toContain('fact attack.killed agrees');
    // ITV: "…the Westminster terror attack which left four dead, including a police officer and the assailant.": three victims
    expect(linksOf(matchingDevPage('1028-'), 'including a police officer and the assailant')).toEqual(['fact attack.killed differs']);
    // BreakingNews.ie's live page, the day after: "…Kurt Cochran, who was among the three people killed in yesterday's terrorist attack": the toll as then known
    expect(linksOf(matchingDevPage('1310-'), 'who was among the three people killed')).toEqual(['fact attack.killed differs']);
  });

  it('compares nothing for those "killed as Masood drove a car into them", some of the dead', () => {
    // PTI via Deccan Herald, a year on: "Four people were run down and killed as 52-year-old Khalid Masood drove a car into them on Westminster Bridge…"
    expect(linksOf(matchingDevPage('825-'), 'Four people were run down and killed')).not.toContain('fact attack.killed agrees');
  });

  it('does not add the officer to a toll whose "by …ing" says how they died, him among them', () => {
    // AFP via normangeestar: "…moments before killing four people last week by ploughing his vehicle into pedestrians and fatally stabbing a policeman…"
    expect(linksOf(matchingDevPage('751-'), 'killing four people last week by ploughing')).toContain('fact attack.killed agrees');
  });

  it('reads "11 people were held on suspicion" as the number arrested', () => {
    // CRC Connection: "A total of 11 people were held on suspicion of preparation of terrorist attacks…"
    expect(linksOf(matchingDevPage('417-'), 'A total of 11 people were held')).toEqual(['fact arrests.total differs']);
  });

  it('reads arrests beside the raids of the same inquiry as the number arrested', () => {
    // Belfast Telegraph, 23 March 2017: ":: Eleven people have been arrested and a number of addresses raided across London, Birmingham and elsewhere."
    expect(linksOf(matchingDevPage('1601-'), 'Eleven people have been arrested and a number of addresses raided')).toEqual(['fact arrests.total differs']);
  });

  it('does not call "left five dead", written the week of the attack, a difference', () => {
    // The Good Web Guide: "…just minutes before his rampage that left five dead"
    const links = linksOf(fixtureText('heldout', '135-'), 'rampage that left five dead');
    expect(links.some((l) => l === 'fact attack.killed differs')).toBe(false);
  });
});

describe('timings that belong to the attacker', () => {
  it('compares no timing in a sentence about anyone who might send a message "mere moments before pulling the trigger"', () => {
    // politics.co.uk, March 2017: "…not when they may be sending a message mere moments before pulling the trigger."
    expect(linksOf(matchingDevPage('1755-'), 'mere moments before pulling the trigger')).toEqual([]);
  });

  it('reads "shortly before" and "immediately before" as agreeing with the corpus\'s timing, and never as a difference', () => {
    // TechSparx: "Early indications are that the attacker sent a WhatsApp message immediately before launching the attack."
    expect(linksOf(matchingDevPage('1503-'), 'sent a WhatsApp message immediately before launching')).toContain('fact attacker.whatsapp-timing agrees');
    // The Telegraph: "…sent a message on the WhatsApp service shortly before he carried out his attack."
    expect(linksOf(matchingDevPage('1650-'), 'shortly before he carried out his attack')).toContain('fact attacker.whatsapp-timing agrees');
    // "shortly before" says minutes at most: it agrees with "the seconds before" of the other source too
    const card = analyzePage(matchingDevPage('1503-'), index).matches.find((m) => m.kind === 'fact' && m.sentence.includes('immediately before launching'));
    expect(card?.verdict).toBe('agrees');
  });
});

describe('another event\'s numbers', () => {
  it('shows no difference for a count of several attacks over a year', () => {
    // Reuters via newshour.media, August 2017
    expect(linksOf(matchingDevPage('1507-'), 'After four militant attacks in Britain that killed 36 people this year')).toEqual([]);
  });

  it('shows no difference for a toll of "suicide bombers", whom this story does not have, though no place is named', () => {
    // Police Professional, on the anniversary: "…exactly a year to the day since suicide bombers from the so-called Islamic State (Daesh) killed 32 people on"
    expect(linksOf(matchingDevPage('509-'), 'suicide bombers from the so-called Islamic State')).toEqual([]);
  });

  it('shows no difference for a toll the sentence gives to another attack', () => {
    // HuffPost's first-anniversary report, with one sentence of the kind anniversary pieces add about later attacks
    const page = matchingDevPage('214-');
    const withOthers = { ...page, text: `${page.text}\nThe attack at Manchester Arena two months later killed 22 people, and the Stockholm attack killed five people.\n` };
    expect(linksOf(withOthers, 'Manchester Arena two months later')).not.toContain('fact attack.killed differs');
    // the page's own toll still differs: five dead, counted a year on
    expect(linksOf(withOthers, 'Five people were killed, including Pc Keith Palmer')).toContain('fact attack.killed differs');
  });

  it('reads "the attack" as the attack the page named last: London Bridge\'s seven dead are not the story\'s', () => {
    // TheStreet, June 2017: "…in the wake of Saturday's terror attack in the London Bridge and Borough Market area…", then
    // "The attack killed seven people and injured 48. It has followed … a vehicle attack on Westminster Bridge, which killed five."
    const page = matchingDevPage('2710-');
    expect(linksOf(page, 'The attack killed seven people')).toEqual([]);
    // the same words where the page last named Westminster are the story's toll, and differ
    const named = { ...page, text: page.text.replace('The attack killed seven people', 'Khalid Masood attacked Westminster Bridge. The attack killed seven people') };
    expect(linksOf(named, 'The attack killed seven people')).toEqual(['fact attack.killed differs']);
  });
});

describe('counts read for what they count, and ages no name stands with', () => {
  it('counts the officer killed after those on the bridge when the sentence names him as "his fourth victim"', () => {
    // The Guardian at the inquest's opening: "Masood … killed three people when he drove his 4x4 Hyundai Tucson across Westminster Bridge before stabbing to death his fourth victim, PC Keith Palmer."
    expect(linksOf(unlabelledPage('03-'), 'stabbing to death his fourth victim')).toEqual(['fact attack.killed agrees']);
  });

  it('reads "the fourth victim to die" as four dead, and a 75-year-old victim as the one victim of 75', () => {
    // Press Association via AOL, 23 March 2017
    const aol = matchingDevPage('402-');
    expect(linksOf(aol, 'A 75-year-old man has become the fourth innocent victim to die')).toEqual(['fact attack.killed agrees', 'fact victim.age:leslie-rhodes agrees']);
  });

  it('reads "claimed four innocent lives" as the toll, and "just minutes beforehand" as the attacker\'s timing', () => {
    // Deccan Herald (PTI): "…the attack that claimed four innocent lives."
    expect(linksOf(matchingDevPage('1910-'), 'claimed four innocent lives')).toContain('fact attack.killed agrees');
    // Red Deer Advocate: "…Khalid Masood, was revealed by British media to have been communicating on WhatsApp just minutes beforehand."
    expect(linksOf(matchingDevPage('1918-'), 'just minutes beforehand')).toContain('fact attacker.whatsapp-timing agrees');
  });

  it('reads "Four people died … before stabbing an officer" as a toll that may hold the officer: agreeing, not differing', () => {
    // dekhnews: 'Deputy commissioner Neil Basu said: "Four people died and 50 were injured when Masood drove his car into people before stabbing an officer.'
    expect(linksOf(matchingDevPage('1926-'), 'Four people died and 50 were injured')).toEqual(['fact attack.killed agrees']);
  });

  it('does not read a date as a count, nor the total arrested as those in custody', () => {
    // Express & Star, 25 March 2017: "Eleven people have been arrested … but Scotland Yard said only two now remained in custody"
    const page = matchingDevPage('416-');
    expect(linksOf(page, 'Two Birmingham men remain in police custody')).toEqual(['fact arrests.in-custody agrees']);
    expect(linksOf(page, 'Eleven people have been arrested')).toEqual(['fact arrests.in-custody agrees', 'fact arrests.total differs']);
    // Daily Mail, 14 April 2017: "A 30-year-old man detained on March 26 in Birmingham … was the last to be released by police."
    expect(linksOf(matchingDevPage('1911-'), 'detained on March 26 in Birmingham')).toEqual([]);
  });
});

describe('the attack\'s length and those in custody, as pages put them', () => {
  it('reads "It took less than 90 seconds for a terrorist to drive through a crowd" as the attack\'s length, and "a total of nine persons in custody"', () => {
    // Deseret News
    expect(linksOf(matchingDevPage('1007-'), 'It took less than 90 seconds for a terrorist')).toContain('fact attack.duration agrees');
    // Asian Age: "…said two more “significant arrests” were made, with a total of nine persons in custody."
    expect(linksOf(matchingDevPage('1017-'), 'a total of nine persons in custody')).toEqual(['fact arrests.in-custody differs']);
    // Express & Star: "…the city where 52-year-old convicted criminal Masood had most recently been living."
    expect(linksOf(matchingDevPage('1014-'), '52-year-old convicted criminal Masood')).toEqual(['fact attacker.age agrees']);
  });

  it('reads "those 82 seconds of mayhem and murder" as the attack\'s length', () => {
    // The Guardian via Yahoo, two weeks on: "…following those 82 seconds of mayhem and murder at its heart two weeks ago."
    expect(linksOf(matchingDevPage('1917-'), '82 seconds of mayhem and murder')).toEqual(['fact attack.duration agrees']);
  });
});

describe('the witnesses police questioned', () => {
  it('reads "more than 3,000 people questioned" and "interviewed nearly 3,500 people" as the witnesses, agreeing with up to 3,500', () => {
    // The National (AP)
    const page = matchingDevPage('709-');
    expect(linksOf(page, 'more than 3,000 people questioned')).toEqual(['fact attack.witnesses agrees']);
    expect(linksOf(page, 'interviewed nearly 3,500 people')).toEqual(['fact attack.witnesses agrees']);
  });
});

describe('what became of those arrested', () => {
  it('reads "three more people have been arrested …, taking the total to 11" as eleven arrested, not three', () => {
    // Irish News (PA), 24 March: the total as then known, short of the corpus's twelve
    expect(linksOf(matchingDevPage('2021-'), 'taking the total to 11')).toEqual(['fact arrests.total differs']);
  });

  it('gives each count the fate that stands nearest it', () => {
    // USA Today: "Nine people arrested after the attack have been freed without charges, while one person was released on bail"
    const links = linksOf(fixtureText('devset', '020-'), 'Nine people arrested after the attack have been freed');
    expect(links).toContain('fact arrests.bailed agrees');
    expect(links).not.toContain('fact arrests.bailed differs');
  });

  it('reads "N arrested released" as those arrested, which may agree with the total and never differs from it', () => {
    // ITV: "Westminster attack: 12 arrested have now been released by police"
    expect(linksOf(matchingDevPage('211-'), '12 arrested have now been released')).toContain('fact arrests.total agrees');
    // The National (AP): "…bringing the total number of arrests up to 10."
    expect(linksOf(matchingDevPage('709-'), 'bringing the total number of arrests up to 10')).toEqual(['fact arrests.total differs']);
    // ITV Central: "Westminster attack: Six arrested released from custody" (those arrested in the Midlands)
    expect(linksOf(matchingDevPage('612-'), 'Six arrested released from custody')).not.toContain('fact arrests.total differs');
    // Capital FM: '"Six people arrested on suspicion of terrorism offences on Thursday morning in Hockley, Birmingham have been
    // released from police custody.': the fate lies past the place's comma, and six is not the number arrested
    expect(linksOf(matchingDevPage('511-'), 'Six people arrested on suspicion of terrorism offences')).not.toContain('fact arrests.total differs');
  });

  it('reads "the other 27" in a list of ages as an age, and "with only two remaining in custody" as those held', () => {
    // DW: "Of them, two men, one aged 58, and the other 27 - both arrested in Birmingham - are being held under the Terrorism Act."
    const page = matchingDevPage('1306-');
    expect(linksOf(page, 'one aged 58, and the other 27')).toEqual(['fact arrests.in-custody agrees']);
    // DW: "Police have since raided several addresses and arrested 11 people, with only two remaining in custody."
    expect(linksOf(page, 'with only two remaining in custody')).toEqual(['fact arrests.in-custody agrees', 'fact arrests.total differs']);
  });
});

describe('quantities and names as written', () => {
  it('reads "Frade was a 43-year-old" as her age, and "becoming the fourth victim of the attack" as four dead', () => {
    // The New Arab (AFP): "A Spanish diplomatic source confirmed to AFP that Frade was a 43-year-old British national…"
    expect(linksOf(unlabelledPage('01-'), 'Frade was a 43-year-old')).toEqual(['fact victim.age:aysha-frade differs']);
    // RTÉ: "This evening a 75-year-old man who was injured died in hospital, becoming the fourth victim of the attack."
    expect(linksOf(unlabelledPage('02-'), 'becoming the fourth victim')).toEqual(['fact attack.killed agrees', 'fact victim.age:leslie-rhodes agrees']);
  });

  it('reads no total arrests in "Ten other people were arrested"', () => {
    // The Guardian at the inquest's opening: "Ten other people were arrested and released without further action, including Masood's partner…"
    expect(linksOf(unlabelledPage('03-'), 'Ten other people were arrested')).toEqual([]);
  });

  it('reads an age no name stands with as the attacker\'s when the sentence tells what he did, only to agree', () => {
    // AP: "Authorities on Thursday identified a 52-year-old British man as the person who mowed down the Cochrans … and stabbed a policeman to death outside Parliament…"
    expect(linksOf(matchingDevPage('501-'), 'identified a 52-year-old British man')).toEqual(['fact attacker.age agrees']);
    // 5Pillars: "…sent just minutes before he began the rampage in which five people died…, the 52-year-old declared that he was waging jihad…"
    expect(linksOf(matchingDevPage('415-'), 'the 52-year-old declared')).toContain('fact attacker.age agrees');
    // AFP via normangeestar: "…police said they believed the 52-year-old was acting alone, and that the motive for his attack may never be known."
    expect(linksOf(matchingDevPage('751-'), 'the 52-year-old was acting alone')).toEqual(['fact attacker.age agrees']);
  });

  it('reads "is understood to have been 43" as the age of the one person the sentence opens with, so a wrong one differs', () => {
    // AOL: "Aysha Frade, who worked in administration at independent sixth-form school DLD College London, in Westminster, is understood to have been 43…"
    expect(linksOf(matchingDevPage('402-'), 'is understood to have been 43')).toEqual(['fact victim.age:aysha-frade differs']);
  });

  it('reads "52 years old" and "He was 54 years old." as ages', () => {
    // TimesLIVE: "Masood, 52 years old at the time of his death, has been identified as…"
    expect(linksOf(matchingDevPage('514-'), 'Masood, 52 years old at the time')).toEqual(['fact attacker.age agrees']);
    // Silence is Consent, after a sentence naming Kurt Cochran: "He was 54 years old."
    expect(linksOf(matchingDevPage('502-'), 'He was 54 years old.')).toEqual(['fact victim.age:kurt-cochran agrees']);
  });


  it('reads "less than two minutes" as agreeing with 82 seconds, and "two-minute silence" as no duration', () => {
    expect(linksOf(matchingDevPage('248-'), 'lasting less than two minutes')).toContain('fact attack.duration agrees');
    expect(linksOf(matchingDevPage('214-'), 'two-minute silence')).toEqual([]);
  });

  it('reads the fate of those arrested: released, in custody, on bail', () => {
    // Straits Times: "London attacks: 7 released, 2 remain in custody"
    expect(linksOf(matchingDevPage('216-'), '7 released, 2 remain in custody')).toEqual(['fact arrests.in-custody agrees', 'fact arrests.released-without-charge differs']);
    // BBC: "The latest arrest is the 12th to be made by the Met Police…"
    expect(linksOf(matchingDevPage('293-'), 'The latest arrest is the 12th')).toEqual(['fact arrests.total agrees']);
  });

  it('does not read an age or a jury as a count', () => {
    // BBC: "Another man, 58, arrested in Birmingham on Thursday, remains in custody."
    expect(linksOf(matchingDevPage('293-'), 'Another man, 58')).toEqual([]);
  });
});

describe('quotes as newspapers cut them, with the speaker the sentence names', () => {
  it('finds a quote cut to a few words in quotation marks', () => {
    // E&T: "…Craig Mackey, said the Westminster attack should be a “wake-up call” for firms."
    expect(linksOf(matchingDevPage('248-'), 'should be a “wake-up call” for firms')).toContain('quote Craig Mackey verbatim');
    // City AM headline: WhatsApp end-to-end encryption "completely unacceptable" warns home secretary Amber Rudd
    expect(linksOf(matchingDevPage('243-'), 'warns home secretary Amber Rudd')).toContain('quote Amber Rudd verbatim');
  });

  it('knows a speaker whose given name a translation wrote in lower case, and "the Minister" after her', () => {
    // intmassmedia, translated: "…said the head of the British Ministry of the interior amber Rudd…" then
    // "“We must ensure that such messaging apps as Whatsapp … would not have become the secret places where terrorists could communicate with each other”, – said the Minister."
    expect(linksOf(matchingDevPage('666-'), 'the secret places where terrorists could communicate')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for', 'quote Amber Rudd paraphrase']);
  });

  it('reads a quotation that runs on into the next sentence, without the editor\'s words in brackets', () => {
    // IBTimes UK: 'Appearing on BBC\'s The Andrew Marr Show on Sunday (26 March), Rudd said: "[Encryption] is completely unacceptable.'
    expect(linksOf(matchingDevPage('767-'), '[Encryption] is completely unacceptable')).toContain('quote Amber Rudd verbatim');
  });

  it('takes the speaker of "he said" from the sentences just before', () => {
    // PA via MSN: "…Boris Johnson has attacked internet giants…" then, a few sentences on: "It's disgusting," he said.
    expect(linksOf(matchingDevPage('246-'), 'It\'s disgusting," he said')).toEqual(['position tech-firms-remove-extremist-material Boris Johnson for', 'quote Boris Johnson verbatim']);
  });

  it('gives a headline\'s fragment to the one the story below gives those words to, and no other', () => {
    // E&T headline: "Westminster attack should be a “wake-up call” to Google, Microsoft and Facebook"; the story gives the words to Craig Mackey
    expect(linksOf(matchingDevPage('248-'), 'to Google, Microsoft and Facebook')).toContain('quote Craig Mackey verbatim');
    // Edition Time headline: "WhatsApp Should Not Be ‘Place For Terrorists To Hide’"; the story quotes Amber Rudd
    expect(linksOf(matchingDevPage('1856-'), 'WhatsApp Should Not Be')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for', 'quote Amber Rudd verbatim']);
    // a headline of two words a quote also holds, in no quotation marks, is nobody's words: News4Security's "Security Services"
    expect(analyzePage(matchingDevPage('1152-'), index).matches.filter((m) => m.sentence === 'Security Services')).toEqual([]);
  });

  it('reads a subheading further down the page as a headline: "\'No place to hide\'"', () => {
    // BBC, 24 March 2017: the subheading opens the part of the story on WhatsApp, whose quotes the page gives to Amber Rudd
    const page = matchingDevPage('293-');
    expect(linksOf(page, "'No place to hide'")).toContain('quote Amber Rudd paraphrase');
    // a sentence that ends with a full stop is no subheading, however short: the one before it names no speaker
    expect(linksOf(page, 'never understand why he did this')).toEqual([]);
  });
});

describe('quotes retold in the reporter\'s words', () => {
  it('reads words she is said to accuse others of as her words: "accuse WhatsApp of giving terrorists a place to hide"', () => {
    // Softpedia, on Tim Berners-Lee: "Rudd went as far as to accuse WhatsApp of giving terrorists a place to hide by enabling…"
    expect(linksOf(matchingDevPage('2088-'), 'accuse WhatsApp of giving terrorists a place to hide')).toContain('quote Amber Rudd paraphrase');
  });

  it('reads a compound written apart ("steam open letters") and "cooperates" for "co-operating" as the quote retold', () => {
    // Israel National News (AP): "Rudd said … steam open letters and read their contents."
    expect(linksOf(matchingDevPage('462-'), 'steam open letters')).toContain('quote Amber Rudd paraphrase');
    // Exchange Rate Today: "WhatsApp Inc. stated that … it cooperates with law enforcement agencies."
    expect(linksOf(matchingDevPage('322-'), 'it cooperates with law enforcement agencies')).toContain('quote WhatsApp paraphrase');
  });

  it('reads "tell them the terrorists should have no place to hide" as her words retold, and not a sentence that only shares her topic', () => {
    // The Sun (via mcb777), 27 March 2017
    const page = matchingDevPage('460-');
    expect(linksOf(page, 'is right to read them the riot act')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for', 'quote Amber Rudd paraphrase']);
    // The Independent: "WhatsApp and similar services must hand over encrypted messages to the security services…, the Home Secretary says."
    expect(linksOf(matchingDevPage('244-'), 'must hand over encrypted messages to the security services')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for']);
  });

  it('reads what she urged, in words like hers, as her position and not her words retold', () => {
    // Fox via Liberty Cannon Media (AP): "Home Secretary Amber Rudd used appearances on BBC and Sky News Sunday to urge WhatsApp and other
    // encrypted services to make their platforms accessible to intelligence services…"
    expect(linksOf(matchingDevPage('557-'), 'used appearances on BBC and Sky News Sunday to urge')).toEqual(['position state-access-to-encrypted-messages Amber Rudd for']);
    // Advanced Television: "Home Secretary Amber Rudd has said there should be no safe space for terrorists to be able to communicate online."
    expect(linksOf(matchingDevPage('657-'), 'no safe space for terrorists')).toContain('quote Amber Rudd paraphrase');
  });
});

describe('several quotes cut into one sentence', () => {
  it('finds each quotation-marked cut, not only the one the sentence is closest to', () => {
    // The Independent: "Amber Rudd said it was “completely unacceptable” that terrorists had a “place to hide”, in the wake of the murders at Westminster last week."
    const quotes = analyzePage(matchingDevPage('244-'), index).matches.filter((m) => m.kind === 'quote' && m.sentence.includes('had a “place to hide”'));
    expect(quotes.map((m) => index.quotes.get(m.itemId)!.text).sort()).toEqual([
      expect.stringMatching(/^It is completely unacceptable/),
      'no place for terrorists to hide',
    ]);
  });
});

describe('a quote cut to one word', () => {
  it('reads "encryption is “unacceptable”" as her word, when the sentence names her, and not a quoted name such as “WhatsApp”', () => {
    // Rappidly: "Amber Rudd, the UK Home Secretary, suggested on Sunday that end-to-end encryption is “unacceptable”."
    expect(linksOf(matchingDevPage('562-'), 'end-to-end encryption is')).toContain('quote Amber Rudd verbatim');
    // Security Today: "Police believe that Masood used the messaging app, “WhatsApp” just two minutes before engaging in the attack."
    expect(linksOf(matchingDevPage('285-'), 'used the messaging app')).not.toContain('quote Amber Rudd verbatim');
  });
});

describe('quotes retold in words of the same sense', () => {
  it('reads "a safe place for terrorists to exchange information" as her "secret place for terrorists to communicate"', () => {
    // City A.M.: "Rudd has said there shouldn't be a safe place for terrorists to exchange information (Source: Getty)"
    const links = linksOf(matchingDevPage('458-'), 'safe place for terrorists to exchange information (Source');
    expect(links).toContain('quote Amber Rudd paraphrase');
  });
});

describe('what is no quote and no speaker', () => {
  it('reads no quote into a term in quotation marks: WhatsApp uses “end to end encryption.”', () => {
    // Libertarian Institute: "They can’t access those messages because WhatsApp uses “end to end encryption.”"
    expect(linksOf(matchingDevPage('909-'), 'because WhatsApp uses “end to end encryption.”')).toEqual([]);
  });

  it('reads no quote into an open letter\'s "Dear home secretary," and no speaker into "the Home Office has only said she is"', () => {
    // Business Insider: the tech firms' letter, "Dear home secretary, / Thank you for the constructive discussion…"
    expect(linksOf(fixtureText('devset', '014-'), 'Dear home secretary,')).toEqual([]);
    // The Register: "…the Home Office has only said she is meeting with representatives from YouTube…"
    expect(linksOf(fixtureText('devset', '016-'), 'Rudd may not get the opportunity to meet with Cook')).toEqual([]);
  });

  it('reads no words of hers into "the Home Secretary\'s place": her name as the owner of something is not her speaking', () => {
    // Click Lancashire: "It is not the Home Secretary's place to tell the public that they do not need end-to-end encryption."
    expect(linksOf(matchingDevPage('2101-'), "It is not the Home Secretary's place to tell the public")).toEqual([]);
  });

  it('gives a quotation in the first person to the speaker named after it, not to the one named before', () => {
    // Wired: "“We share the government’s commitment to ensuring terrorists do not have a voice online,” the four technology firms said in a statement."
    expect(linksOf(fixtureText('devset', '015-'), 'We share the government’s commitment')).toEqual([]);
  });

  it('ends a quotation left open at the next paragraph of the page\'s own words', () => {
    // The Week: 'She added: "There should be no place for terrorists to hide.' is never closed before the newsletter box
    expect(linksOf(fixtureText('devset', '010-'), 'Get the facts behind the news')).toEqual([]);
  });
});

describe('sentence ends', () => {
  it('does not end a sentence at Mr., Dr. or U.S., and does end one a scraped page glued to the next', () => {
    const text = 'Mr. Cochran, 54, was from Utah. The U.S. tourist died. Dr. Smith said so.All the difference.The fifth person';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Mr. Cochran, 54, was from Utah.', 'The U.S. tourist died.', 'Dr. Smith said so.', 'All the difference.', 'The fifth person']);
  });
});
