import IaCGen
