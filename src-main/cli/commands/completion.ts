// certdesk completion bash|zsh|fish (issue 19): completion scripts made from the command table
// itself, so a new command or option completes without anyone editing a script.
import { CertdeskError } from '../../shared/errors.ts';
import type { Command, OptionSpec } from './types.ts';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

const flags = (opts: Record<string, OptionSpec>) =>
  Object.entries(opts).flatMap(([k, o]) => [`--${k}`, ...(o.short ? [`-${o.short}`] : [])]);
const takesValue = (opts: Record<string, OptionSpec>) =>
  Object.entries(opts)
    .filter(([, o]) => o.type === 'string')
    .flatMap(([k, o]) => [`--${k}`, ...(o.short ? [`-${o.short}`] : [])]);

export function bashScript(cmds: Command[], global: Record<string, OptionSpec>): string {
  const tops = [...new Set(cmds.map((c) => c.name.split(' ')[0]))];
  const groups = tops.filter((t) => cmds.some((c) => c.name.startsWith(`${t} `)));
  const valued = [
    ...new Set([...takesValue(global), ...cmds.flatMap((c) => takesValue(c.options))]),
  ];
  const cases = [
    // Longest names first, so "account create" wins over "account".
    ...[...cmds]
      .sort((a, b) => b.name.length - a.name.length)
      .map((c) => `    "${c.name}"|"${c.name} "*) opts="${flags(c.options).join(' ')}" ;;`),
    ...groups.map(
      (g) =>
        `    "${g}") COMPREPLY=($(compgen -W "${cmds
          .filter((c) => c.name.startsWith(`${g} `))
          .map((c) => c.name.split(' ')[1])
          .join(' ')}" -- "$cur")); return ;;`,
    ),
  ];
  return `# bash completion for certdesk. Load it now: source <(certdesk completion bash)
# or for good: certdesk completion bash > ~/.local/share/bash-completion/completions/certdesk
_certdesk() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} sub="" w i skip=0
  case " ${valued.join(' ')} " in
    *" $prev "*) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  for ((i = 1; i < COMP_CWORD; i++)); do
    w=\${COMP_WORDS[i]}
    if [ "$skip" = 1 ]; then skip=0; continue; fi
    case " ${valued.join(' ')} " in *" $w "*) skip=1; continue ;; esac
    case "$w" in -*) ;; *) sub="$sub $w" ;; esac
  done
  sub=\${sub# }
  local opts=""
  case "$sub" in
${cases.join('\n')}
    "") COMPREPLY=($(compgen -W "${tops.join(' ')} ${flags(global).join(' ')}" -- "$cur")); return ;;
  esac
  COMPREPLY=($(compgen -W "$opts ${flags(global).join(' ')}" -- "$cur"))
}
complete -o default -F _certdesk certdesk
`;
}

const fishQuote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export function fishScript(cmds: Command[], global: Record<string, OptionSpec>): string {
  const tops = [...new Set(cmds.map((c) => c.name.split(' ')[0]))];
  const lines = [
    '# fish completion for certdesk: certdesk completion fish > ~/.config/fish/completions/certdesk.fish',
    'complete -c certdesk -f',
  ];
  const opt = (cond: string, k: string, o: OptionSpec) =>
    `complete -c certdesk${cond ? ` -n ${fishQuote(cond)}` : ''} -l ${k}${o.short ? ` -s ${o.short}` : ''}${o.type === 'string' ? ' -r -F' : ''} -d ${fishQuote(o.help)}`;
  for (const [k, o] of Object.entries(global)) lines.push(opt('', k, o));
  for (const t of tops) {
    const first = cmds.find((c) => c.name === t || c.name.startsWith(`${t} `))!;
    const summary = first.name === t ? first.summary : `${t} commands`;
    lines.push(`complete -c certdesk -n __fish_use_subcommand -a ${t} -d ${fishQuote(summary)}`);
  }
  for (const c of cmds) {
    const [t, s] = c.name.split(' ');
    const siblings = cmds
      .filter((x) => x.name.startsWith(`${t} `))
      .map((x) => x.name.split(' ')[1]);
    if (s)
      lines.push(
        `complete -c certdesk -n ${fishQuote(`__fish_seen_subcommand_from ${t}; and not __fish_seen_subcommand_from ${siblings.join(' ')}`)} -a ${s} -d ${fishQuote(c.summary)}`,
      );
    const cond = s
      ? `__fish_seen_subcommand_from ${t}; and __fish_seen_subcommand_from ${s}`
      : `__fish_seen_subcommand_from ${t}`;
    for (const [k, o] of Object.entries(c.options)) lines.push(opt(cond, k, o));
  }
  return lines.join('\n') + '\n';
}

export function completionScript(
  shell: string,
  cmds: Command[],
  global: Record<string, OptionSpec>,
): string {
  if (!(SHELLS as readonly string[]).includes(shell))
    throw new CertdeskError(
      'invalid-input',
      `Which shell? certdesk completion ${SHELLS.join('|')} (not "${shell}").`,
    );
  switch (shell as Shell) {
    case 'bash':
      return bashScript(cmds, global);
    case 'zsh':
      // zsh runs the bash completion through its bashcompinit layer.
      return `#compdef certdesk\n# zsh completion for certdesk: certdesk completion zsh > "\${fpath[1]}/_certdesk"\nautoload -U +X bashcompinit && bashcompinit\n${bashScript(cmds, global)}`;
    case 'fish':
      return fishScript(cmds, global);
  }
}

export function completionCommand(
  cmds: () => Command[],
  global: Record<string, OptionSpec>,
): Command {
  return {
    name: 'completion',
    summary: 'print shell completion: source <(certdesk completion bash)',
    usage: `certdesk completion ${SHELLS.join('|')}`,
    options: {},
    async run(ctx) {
      const shell = ctx.positionals[0];
      if (!shell)
        throw new CertdeskError(
          'invalid-input',
          `Which shell? certdesk completion ${SHELLS.join('|')}`,
        );
      process.stdout.write(completionScript(shell, cmds(), global));
      return 0;
    },
  };
}
