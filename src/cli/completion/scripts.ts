/**
 * The completion scripts. Each is a thin shim: it passes the words typed so
 * far to `hld completion --words -- ...`, which prints one candidate a line,
 * or `:files` when the word is a file name and the shell should complete paths.
 * So problem and session ids are always current, and the logic is tested in
 * TypeScript, once.
 */

export const FILES_MARKER = ':files';

const bash = `# hld completion for bash. Load it from ~/.bashrc with:
#   eval "$(hld completion bash)"
_hld_complete() {
  local IFS=$'\\n' reply
  reply=$(hld completion --words -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return 0
  if [[ $reply == '${FILES_MARKER}' ]]; then
    COMPREPLY=()
    return 0
  fi
  compopt +o default 2>/dev/null
  COMPREPLY=($reply)
}
complete -o default -F _hld_complete hld
`;

const zsh = `#compdef hld
# hld completion for zsh. Load it from ~/.zshrc (after compinit) with:
#   eval "$(hld completion zsh)"
_hld() {
  local -a reply
  reply=("\${(@f)$(hld completion --words -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ "\${reply[1]}" == '${FILES_MARKER}' ]]; then
    _files
    return
  fi
  reply=(\${reply:#})
  (( \${#reply} )) && compadd -a reply
}
compdef _hld hld
`;

const fish = `# hld completion for fish. Load it from ~/.config/fish/config.fish with:
#   hld completion fish | source
function __hld_complete
    set -l words (commandline -opc)
    set -e words[1]
    set -l reply (hld completion --words -- $words (commandline -ct) 2>/dev/null)
    if test "$reply[1]" = '${FILES_MARKER}'
        __fish_complete_path (commandline -ct)
    else
        printf '%s\\n' $reply
    end
end
complete -c hld -f -a '(__hld_complete)'
`;

export const COMPLETION_SCRIPTS = { bash, zsh, fish } as const;
