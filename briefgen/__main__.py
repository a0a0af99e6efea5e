from briefgen.run.cli import main

main()
