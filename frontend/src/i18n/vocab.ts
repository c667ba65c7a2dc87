// Names of the controlled vocabularies (roles, themes, services, levels,
// statuses) in Finnish, Swedish and English.
import type { Lang } from './messages'

type Vocab = Record<string, [fi: string, sv: string, en: string]>

const roles: Vocab = {
  CHAIR: ['puheenjohtaja', 'ordförande', 'chair'],
  VICE_CHAIR: ['varapuheenjohtaja', 'vice ordförande', 'vice chair'],
  COORDINATOR: ['koordinaattori', 'samordnare', 'coordinator'],
  SECRETARY: ['sihteeri', 'sekreterare', 'secretary'],
  MEMBER: ['jäsen', 'medlem', 'member'],
  EXPERT: ['asiantuntija', 'sakkunnig', 'expert'],
  OBSERVER: ['tarkkailija', 'observatör', 'observer'],
}
const statuses: Vocab = {
  ACTIVE: ['aktiivinen', 'aktiv', 'active'],
  PENDING: ['odottaa hyväksyntää', 'väntar på godkännande', 'pending'],
  DECLINED: ['hylätty', 'avslagen', 'declined'],
  ENDED: ['päättynyt', 'avslutad', 'ended'],
  DORMANT: ['lepäävä', 'vilande', 'dormant'],
}
const themes: Vocab = {
  VIOLENCE_PREVENTION: ['väkivallan ehkäisy', 'våldsförebyggande', 'violence prevention'],
  DOMESTIC_VIOLENCE: ['lähisuhdeväkivalta', 'våld i nära relationer', 'domestic violence'],
  CRIME_PREVENTION: ['rikoksentorjunta', 'brottsförebyggande', 'crime prevention'],
  YOUTH: ['nuoret', 'unga', 'youth'],
  RELEASED_PRISONERS: ['vapautuvat vangit', 'frigivna fångar', 'released prisoners'],
  TRAFFIC_SAFETY: ['liikenneturvallisuus', 'trafiksäkerhet', 'traffic safety'],
  SUBSTANCE_ABUSE: ['päihteet', 'missbruk', 'substance abuse'],
  FAMILY_SUPPORT: ['perheiden tuki', 'familjestöd', 'family support'],
  MENTAL_HEALTH: ['mielenterveys', 'psykisk hälsa', 'mental health'],
}
const services: Vocab = {
  SHELTER: ['turvakoti', 'skyddshem', 'shelter'],
  VICTIM_SUPPORT: ['rikoksen uhrin tuki', 'brottsofferstöd', 'victim support'],
  MEDIATION: ['sovittelu', 'medling', 'mediation'],
  RELEASED_PRISONER_SUPPORT: ['vapautuvien tuki', 'stöd för frigivna', 'released prisoner support'],
  PERPETRATOR_SUPPORT: ['väkivallan tekijän tuki', 'stöd för våldsutövare', 'perpetrator support'],
  FAMILY_SUPPORT: ['perheiden tuki', 'familjestöd', 'family support'],
  YOUTH_WORK: ['nuorisotyö', 'ungdomsarbete', 'youth work'],
  SUBSTANCE_ABUSE: ['päihdetyö', 'missbruksarbete', 'substance abuse work'],
  MENTAL_HEALTH: ['mielenterveyspalvelut', 'mentalvård', 'mental health services'],
  CHILD_PROTECTION: ['lastensuojelu', 'barnskydd', 'child protection'],
  HOUSING: ['asuminen', 'boende', 'housing'],
  EDUCATION_SERVICES: ['koulutus', 'utbildning', 'education'],
  SOCIAL_SERVICES: ['sosiaalipalvelut', 'socialtjänster', 'social services'],
  HEALTH_SERVICES: ['terveyspalvelut', 'hälsotjänster', 'health services'],
  DIACONAL_WORK: ['diakoniatyö', 'diakoni', 'diaconal work'],
  CRIME_PREVENTION: ['rikoksentorjunta', 'brottsförebyggande', 'crime prevention'],
  RESEARCH: ['tutkimus ja kehittäminen', 'forskning och utveckling', 'research and development'],
}
const levels: Vocab = {
  MUNICIPAL: ['kunta', 'kommun', 'municipal'],
  SUBREGIONAL: ['seutu', 'region', 'subregional'],
  WELLBEING_COUNTY: ['hyvinvointialue', 'välfärdsområde', 'wellbeing services county'],
  MULTI_COUNTY: ['useampi hyvinvointialue', 'flera välfärdsområden', 'several wellbeing services counties'],
  NATIONAL: ['valtakunnallinen', 'riksomfattande', 'national'],
}

const index: Record<Lang, number> = { fi: 0, sv: 1, en: 2 }
const lookup = (v: Vocab) => (lang: Lang, key: string | null | undefined) => (key && v[key] ? v[key][index[lang]] : key ?? '')

export const roleName = lookup(roles)
export const statusName = lookup(statuses)
export const themeName = lookup(themes)
export const serviceName = lookup(services)
export const SERVICES = Object.keys(services)
export const levelName = lookup(levels)
