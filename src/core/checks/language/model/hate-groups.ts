// Words that name people by who they are: nationality, ethnicity, faith, sexuality, gender identity,
// disability, Gypsies, Roma and Travellers, migrants, and the slurs for them. Hate is contempt for
// people for who they are, so the model reports hate only in a sentence with one of these: its
// word-pair features otherwise learn "they're all …" and "all kids …" and call an innocent
// generalisation hate.

const WORDS = `polish pole poles polack polacks romanian romanians bulgarian bulgarians lithuanian lithuanians latvian latvians
albanian albanians slovak slovaks czech czechs hungarian hungarians ukrainian ukrainians russian russians european europeans
eastern foreign foreigner foreigners muslim muslims moslem moslems islam islamic mosque jew jews jewish judaism hindu hindus
sikh sikhs christian christians catholic catholics black blacks white whites brown asian asians pakistani pakistanis paki pakis
indian indians bangladeshi bangladeshis bengali bengalis somali somalis nigerian nigerians african africans caribbean
jamaican chinese chinky chink chinks arab arabs syrian syrians afghan afghans kurd kurds kurdish turk turks turkish iraqi iraqis
iranian iranians english british irish scottish scots welsh gypsy gypsies gipsy gyppo gyppos gypo gypos pikey pikeys traveller
travellers roma romany gorja immigrant immigrants immigration migrant migrants refugee refugees asylum illegals illegal
boat boats gay gays lesbian lesbians homo homos homosexual homosexuals queer queers bi bisexual poof poofs poofter poofters
faggot fag fags dyke dykes trans transgender tranny trannies lgbt lgbtq pride disabled disability disabilities handicapped
cripple cripples spastic spastics spaz spakka retard retards retarded autistic autism downs mong mongs sen send wheelchair
deaf blind nigger niggers nigga coon coons wog wogs raghead ragheads towelhead towelheads yid yids kike kikes race racial
racist colour coloured skin ethnic ethnics culture cultures religion religions faith country countries nationality
their kind poland romania bulgaria lithuania latvia albania ukraine russia europe pakistan india bangladesh somalia
nigeria ghana africa jamaica china syria iraq iran afghanistan turkey morocco fiji nepal england britain fijian fijians nepali
nepalese muzzie muzzies muzzy tinker tinkers didicoy didicoys diddicoy diddicoys lezza lezzas lezzer lezzers darkie darkies
darky shemale shemales nog nogs mongoloid mongy immie immies slitty headscarf headscarves hijab hijabs burka burkas niqab
halal eid ramadan diwali dinghy dinghies rainbow special site sites`.split(/\s+/).filter(Boolean);

export const HATE_GROUP_WORDS: ReadonlySet<string> = new Set(WORDS);
