// Beállítások > "Kijelentkezés után is folytassa a megújítást" (issue 19).
import type { unattendedEn } from './en.ts';
import type { Shape } from '../shape.ts';

export const unattendedHu: Shape<typeof unattendedEn> = {
  title: 'Megújítás, amikor senki sincs bejelentkezve',
  checkbox: 'Kijelentkezés után is folytassa a megújítást',
  hint: 'A számítógép naponta kétszer magától elindítja a Certdesket, megnézi, mi esedékes, és megújítja, akkor is, ha ez az ablak zárva van, és újraindítás után is. Az értesítések ilyenkor e-mailben vagy webhookon mennek.',
  loading: 'A rendszer lekérdezése…',
  kind: {
    systemd: 'a fiókod systemd-időzítője',
    cron: 'egy sor a crontabodban',
    launchd: 'egy launchd-ügynök',
    'task-scheduler': 'egy Windows ütemezett feladat',
  },
  on: 'Bekapcsolva: {{kind}} minden nap {{times}}-kor elindítja a Certdesket.',
  onNoTimes: 'Bekapcsolva: {{kind}} naponta kétszer elindítja a Certdesket.',
  notActive:
    'Telepítve van, de a rendszer szerint nem aktív, így a megújítás nem indul el magától. Vedd ki a pipát, majd tedd vissza.',
  off: 'Kikapcsolva: a tanúsítványok csak akkor újulnak meg, amikor a Certdesk nyitva van.',
  lingerNeeded:
    'Még egy lépés: ez a Linux-rendszer kijelentkezéskor leállítja az időzítőidet. Kérd meg a gép gazdáját, hogy kapcsolja be a fiókodra a „lingering” funkciót (loginctl enable-linger).',
  keyMoved:
    'A rendszer kulcstartója zárolva van, amíg ki vagy jelentkezve, ezért a mentett kulcsaidat védő mesterkulcs átkerült az adatmappába, amelyet csak te olvashatsz. Tartsd a mappát privátként, és készíts róla biztonsági mentést.',
  error: {
    'permission-denied':
      'A rendszer nem engedte, hogy a Certdesk beállítsa az időzítőt. Kérd meg a gép gazdáját, hogy engedélyezze, majd tedd be újra a pipát.',
    unsupported:
      'A mentett kulcsaidat a rendszer kulcstartója védi, amelyet a Certdesk innen nem ér el. Kapcsold be ezt az asztali Certdesk alkalmazásban.',
    generic:
      'A rendszer nem fogadta el az időzítőt. Próbáld újra; ha továbbra sem sikerül, nyisd meg a „Részletek” részt, és küldd el egy támogatási kéréssel.',
  },
};
