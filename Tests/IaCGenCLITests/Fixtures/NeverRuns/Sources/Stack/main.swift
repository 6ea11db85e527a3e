// Declares nothing and never calls `App { ... }.run()`, as a program that forgot the call does.
print("the app was declared but never run")
