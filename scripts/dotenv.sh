# shellcheck shell=bash
# Leaseport's .env grammar for the shell; DotEnvConfigSource reads the same grammar in Java, and
# DotEnvGrammarTest holds both to one fixture (bootstrap/src/test/resources/dotenv/grammar.env).
#   KEY=value          KEY is [A-Za-z_][A-Za-z0-9_]*; blanks around KEY and value are ignored
#   export KEY=value   the export prefix is ignored
#   KEY="v" / KEY='v'  one pair of matching quotes is removed; nothing inside is interpreted
#   # comment          whole lines only: KEY=a # b means "a # b"
#   KEY=               blank means unset; the last line for a KEY wins
# Any other line is ignored; CRLF line ends are fine.

# load_dotenv FILE: exports each entry of FILE that the environment does not set (or sets blank).
load_dotenv() {
  local file=$1 line key value quote current LC_ALL=C
  local -A entries=()
  while IFS= read -r line || [[ -n "$line" ]]; do
    line=${line%$'\r'}
    [[ $line =~ ^[[:blank:]]*(export[[:blank:]]+)?([A-Za-z_][A-Za-z0-9_]*)[[:blank:]]*=(.*)$ ]] \
      || continue
    key=${BASH_REMATCH[2]}
    value=${BASH_REMATCH[3]}
    value=${value#"${value%%[![:blank:]]*}"}
    value=${value%"${value##*[![:blank:]]}"}
    quote=${value:0:1}
    if [[ ${#value} -ge 2 && ($quote == '"' || $quote == "'") && ${value: -1} == "$quote" ]]; then
      value=${value:1:${#value}-2}
    fi
    if [[ -z ${value//[[:blank:]]/} ]]; then
      unset "entries[$key]"
    else
      entries[$key]=$value
    fi
  done <"$file"
  for key in "${!entries[@]}"; do
    current=${!key:-}
    if [[ -z ${current//[[:blank:]]/} ]]; then
      export "$key=${entries[$key]}"
    fi
  done
}

# unset_blank_settings: a blank LEASEPORT_* or STRIPE_* variable would override server.xml's
# default with nothing; blank means unset, so remove it.
unset_blank_settings() {
  local name LC_ALL=C
  for name in $(compgen -e); do
    if [[ ($name == LEASEPORT_* || $name == STRIPE_*) && -z ${!name//[[:blank:]]/} ]]; then
      unset "$name"
    fi
  done
}
