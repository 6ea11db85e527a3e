import IaCGen
import {{NAME}}Stacks

makeApp().run()
