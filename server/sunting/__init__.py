"""sunting — a proofreading and house-style checker for newsrooms, Indonesian first."""

__version__ = "0.1.0"

#: The project's home: SARIF's informationUri, the rule schema's $id, the README, the
#: pre-commit hook, the GitHub Action, the VS Code extension and pyproject.toml all name it
#: (tests/test_repository.py keeps them equal). Moving the repository is a one-line change
#: here plus the files that test lists.
REPOSITORY_URL = "https://github.com/sunting-id/sunting"
