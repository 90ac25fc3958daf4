// Hungarian: the live-site check in the window (issue 17).
import type { siteCheckEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const siteCheckUiHu: Shape<typeof siteCheckEn> = {
  column: 'Használatban',
  state: {
    current: 'Naprakész',
    outdated: 'Régi tanúsítvány',
    other: 'Másik tanúsítvány',
    unreachable: 'Nem érhető el',
    none: 'Még nincs ellenőrizve',
  },
  title: 'Az új tanúsítványt használja a webhely?',
  intro:
    'A Certdesk – ahogy egy látogató is – minden név minden címéhez csatlakozik, és összeveti, amit a webhely használ, ezzel a tanúsítvánnyal.',
  checkNow: 'Ellenőrzés most',
  checking: 'Ellenőrzés…',
  checkedAt: 'Utoljára ellenőrizve: {{date}}.',
  never: 'A tanúsítvány kiállítása óta nem volt ellenőrizve.',
  name: 'Név',
  address: 'Cím',
  result: 'Eredmény',
  caption: 'Mit használ az egyes címeken',
};
