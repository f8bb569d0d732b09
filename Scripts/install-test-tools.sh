#!/usr/bin/env bash
# Installs what the test suite reads exports back with: xmllint, Graphviz,
# libxml2's headers, and the Python readers (networkx, igraph, rdflib,
# pyoxigraph, pyshacl). Safe to run again: it skips what is already there.
set -euo pipefail

need_apt=()
command -v xmllint >/dev/null 2>&1 || need_apt+=(libxml2-utils)
command -v dot >/dev/null 2>&1 || need_apt+=(graphviz)
[ -f /usr/include/libxml2/libxml/xmlwriter.h ] || need_apt+=(libxml2-dev)
command -v pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

python3 - <<'PY' || python3 -m pip install -q --disable-pip-version-check networkx igraph rdflib pyoxigraph pyshacl
import networkx, igraph, rdflib, pyoxigraph, pyshacl
PY
