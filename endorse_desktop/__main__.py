"""`python -m endorse_desktop` runs the same command line as `endorse-desktop`."""

from endorse_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
