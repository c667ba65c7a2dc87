// UI strings for the map's keyboard use, in Finnish, Swedish and English.
import type { Lang } from './messages'

export const mapMessages: Record<Lang, { label: string; help: string; selected: string }> = {
  fi: {
    label: 'Verkostokartta. Näppäimet: nuolet siirtävät, + ja − zoomaavat, 0 näyttää kaiken, N ja P kulkevat solmusta toiseen, Enter avaa valitun.',
    help: 'Kartta toimii myös näppäimistöllä; sama tieto on taulukoissa ja haussa.',
    selected: 'Kohdistettu',
  },
  sv: {
    label: 'Nätverkskarta. Tangenter: pilar flyttar, + och − zoomar, 0 visar allt, N och P går från nod till nod, Enter öppnar den valda.',
    help: 'Kartan fungerar också med tangentbordet; samma uppgifter finns i tabellerna och sökningen.',
    selected: 'Fokuserad',
  },
  en: {
    label: 'Network map. Keys: arrows pan, + and − zoom, 0 shows everything, N and P move from node to node, Enter opens the focused one.',
    help: 'The map works with a keyboard too; the same data is in the tables and search.',
    selected: 'Focused',
  },
}
