// UI strings of the Download menu, in Finnish, Swedish and English.
import type { Lang } from './messages'

export interface ExportMessages {
  download: string
  hint: string
  formats: Record<string, string>
}

export const exportMessages: Record<Lang, ExportMessages> = {
  fi: {
    download: 'Lataa tiedot',
    hint: 'Tiedostoissa on se, mitä suodattimet näyttävät.',
    formats: {
      xlsx: 'Excel-jäsenluettelo (XLSX)',
      csv: 'CSV-solmut ja -jäsenyydet (ZIP)',
      gexf: 'Gephi, aikajana (GEXF)',
      graphml: 'yEd, networkx (GraphML)',
      json: 'Verkko graphology-JSONina',
      popolo: 'Popolo-JSON',
      hsds: 'Palvelut Open Referral HSDS -JSONina',
      'comembership-gexf': 'Yhteisjäsenyydet: organisaatiot yhteisten verkostojen mukaan (GEXF)',
      'comembership-csv': 'Yhteisjäsenyydet taulukkona (CSV)',
    },
  },
  sv: {
    download: 'Ladda ner uppgifterna',
    hint: 'Filerna innehåller det som filtren visar.',
    formats: {
      xlsx: 'Medlemsförteckning för Excel (XLSX)',
      csv: 'CSV-noder och medlemskap (ZIP)',
      gexf: 'Gephi, tidslinje (GEXF)',
      graphml: 'yEd, networkx (GraphML)',
      json: 'Nätverket som graphology-JSON',
      popolo: 'Popolo-JSON',
      hsds: 'Tjänster som Open Referral HSDS-JSON',
      'comembership-gexf': 'Gemensamma medlemskap: organisationer enligt gemensamma nätverk (GEXF)',
      'comembership-csv': 'Gemensamma medlemskap som tabell (CSV)',
    },
  },
  en: {
    download: 'Download the data',
    hint: 'The files hold what the filters show.',
    formats: {
      xlsx: 'Excel roster (XLSX)',
      csv: 'CSV nodes and memberships (ZIP)',
      gexf: 'Gephi, with timeline (GEXF)',
      graphml: 'yEd, networkx (GraphML)',
      json: 'The network as graphology JSON',
      popolo: 'Popolo JSON',
      hsds: 'Services as Open Referral HSDS JSON',
      'comembership-gexf': 'Co-membership: organisations linked by shared networks (GEXF)',
      'comembership-csv': 'Co-membership as a table (CSV)',
    },
  },
}
