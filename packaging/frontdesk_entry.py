"""Entry point for the frozen (PyInstaller) build: the same CLI as the `frontdesk` console script."""

from frontdesk.cli import main

if __name__ == "__main__":
    main()
