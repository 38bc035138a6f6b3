from migrate_kit.cli import main

main()
