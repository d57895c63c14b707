# Shared by the scripts in bench/ (sourced, from the repository root).

# need COMMAND [DEBIAN_PACKAGE]: installs the package when the command is missing.
need() {
  command -v "$1" >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${2:-$1}" >/dev/null
  }
}

# The release binary and the generated pairs (target/synth) the benchmarks use.
prepare() {
  cargo build --release --quiet
  cargo run --release --quiet --example synth_pairs -- target/synth
}

# The pairs timed end to end: the French seeds, two real English chains, and
# the A/74/821 report against an edited copy of itself.
PAIRS=(
  "seeds/001_f645d6d34d6fbb5d.txt seeds/000_da5010157984a27d.txt"
  "fixtures/real/A-C.1-80-L.41.en.txt fixtures/real/A-RES-80-57.en.txt"
  "fixtures/real/A-RES-79-23.en.txt fixtures/real/A-C.1-80-L.21.en.txt"
  "seeds/004_a766b7494bea99d2.txt target/synth/A-74-821.edited.txt"
)
