#!/bin/sh
# Runs once James is healthy (service james-setup in docker/compose.yaml), in James's image and
# network namespace, against the administration API on James's loopback. Safe to run again.
#
# James accepts mail at RCPT only for addresses it knows (ValidRcptHandler in smtpserver.xml).
# For each domain of MAIL_DOMAIN and MAIL_SUPPORT_ADDRESSES this registers:
#   - the domain,
#   - postmaster@domain, the one mailbox James keeps (RFC 5321 requires the address),
#   - abuse@domain and each support address as aliases of postmaster@domain: this is what
#     makes James accept them. Support mail never reaches the alias: mailetcontainer.xml hands
#     it to Parley before aliases apply.
set -eu

api=http://127.0.0.1:8000

# status METHOD PATH [JSON]: prints the HTTP status of one API call
status() {
    if [ "$1" = HEAD ]; then
        curl -sS -I -o /dev/null -w '%{http_code}' "$api$2"
    elif [ $# -ge 3 ]; then
        curl -sS -o /dev/null -w '%{http_code}' -X "$1" -H 'Content-Type: application/json' \
            --data "$3" "$api$2"
    else
        curl -sS -o /dev/null -w '%{http_code}' -X "$1" "$api$2"
    fi
}

# expect CODE... -- METHOD PATH [JSON]: one call that must answer one of the codes
expect() {
    codes=""
    while [ "$1" != "--" ]; do codes="$codes $1"; shift; done
    shift
    got=$(status "$@")
    for code in $codes; do
        [ "$got" = "$code" ] && return 0
    done
    echo "james-setup: $1 $2 answered $got (expected$codes)" >&2
    exit 1
}

addresses=$(printf '%s' "$MAIL_SUPPORT_ADDRESSES" | tr ',' ' ' | tr '[:upper:]' '[:lower:]')
domains=$( { printf '%s\n' "$MAIL_DOMAIN"; for a in $addresses; do printf '%s\n' "${a#*@}"; done; } \
    | tr '[:upper:]' '[:lower:]' | sort -u)

# A JSON string for the password: backslashes and quotes escaped.
json_password() {
    printf '{"password":"%s"}' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"
}

for domain in $domains; do
    expect 204 -- PUT "/domains/$domain"

    postmaster="postmaster@$domain"
    if [ -n "${JAMES_POSTMASTER_PASSWORD:-}" ]; then
        # ?force creates the user or sets its password.
        expect 204 -- PUT "/users/$postmaster?force" "$(json_password "$JAMES_POSTMASTER_PASSWORD")"
    elif [ "$(status HEAD "/users/$postmaster")" = 404 ]; then
        # Nobody knows this password; set JAMES_POSTMASTER_PASSWORD to read the mailbox over IMAP.
        expect 204 -- PUT "/users/$postmaster" "$(json_password "$(head -c 24 /dev/urandom | base64)")"
    fi

    # 409: abuse@ is a user of its own already, which is fine too.
    expect 204 409 -- PUT "/address/aliases/$postmaster/sources/abuse@$domain"
    echo "james-setup: $domain, $postmaster, abuse@$domain"
done

for address in $addresses; do
    # 409: the address is a James user already; James accepts it either way.
    expect 204 409 -- PUT "/address/aliases/postmaster@${address#*@}/sources/$address"
    echo "james-setup: $address is handed to Parley"
done
