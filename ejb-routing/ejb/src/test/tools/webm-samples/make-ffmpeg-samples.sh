#!/bin/sh
# Makes the FFmpeg samples of src/test/resources/webm (FFmpeg 5.1, Debian 12). Not part of the
# build; the tests read the files and never need FFmpeg (FfprobeWebmTest uses it when present).
set -eu
out=${1:?usage: make-ffmpeg-samples.sh OUTPUT_DIRECTORY}
mkdir -p "$out"
# live: Segment of unknown size, no Duration, no Cues (ffmpeg's Clusters have known sizes)
ffmpeg -v error -y -f lavfi -i sine=d=3 -c:a libopus -b:a 32k -live 1 -f webm \
  "$out/ffmpeg-opus-live.webm"
ffmpeg -v error -y -f lavfi -i testsrc=s=160x120:d=3 -c:v libvpx -b:v 100k -live 1 -f webm \
  "$out/ffmpeg-vp8-live.webm"
# already seekable: known sizes, Duration, Cues after the one Cluster
ffmpeg -v error -y -f lavfi -i sine=d=3 -f lavfi -i testsrc=s=160x120:d=3 \
  -c:a libopus -b:a 32k -c:v libvpx -b:v 100k -f webm "$out/ffmpeg-vp8-opus-seekable.webm"
