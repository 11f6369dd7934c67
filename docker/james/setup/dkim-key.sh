#!/bin/sh
# Runs before James starts (service james-dkim in docker/compose.yaml), in James's own image.
#
# James signs outgoing mail with the key in docker/james/dkim/private.pem (mounted here at
# /dkim) and refuses to start without it. When there is none yet, this makes one, so that a
# first trial starts; for a real domain, make your own and keep a copy
# (docs/email-deployment.md). Either way it prints the DNS record that publishes the key.
set -eu

key=/dkim/private.pem

if [ ! -s "$key" ]; then
    echo "james-dkim: no key in docker/james/dkim/private.pem, generating a 2048-bit RSA key"
    umask 077
    openssl genrsa -out "$key.new" 2048 2>/dev/null
    mv "$key.new" "$key"
fi

if ! public=$(openssl rsa -in "$key" -pubout -outform DER 2>/dev/null | base64 | tr -d '\n') \
        || [ -z "$public" ]; then
    echo "james-dkim: docker/james/dkim/private.pem is not an unencrypted RSA private key in PEM" >&2
    exit 1
fi

echo "james-dkim: publish the public key as this DNS TXT record (split the value into strings"
echo "of at most 255 characters if your DNS provider does not do it for you):"
echo "    ${DKIM_SELECTOR}._domainkey.${MAIL_DOMAIN}.  TXT  \"v=DKIM1; k=rsa; p=${public}\""
