# Sourced by units.sh and cpu.sh. `alternate ROUNDS` calls `build SIDE
# ROUND` for both services in each round, the side that goes first
# alternating, so that a machine getting steadily slower or faster weighs
# on both sides alike.
alternate() {
  local round
  for round in $(seq 1 "$1"); do
    if [ $((round % 2)) = 1 ]; then
      build without "$round"
      build with "$round"
    else
      build with "$round"
      build without "$round"
    fi
  done
}
