"""Every text the language server shows a writer or answers a client with, in one place
(Indonesian, EYD V), so that wording can be reviewed and changed without reading code.

Placeholders are ``str.format`` fields.
"""

from __future__ import annotations

# ---------------------------------------------------------------------- JSON-RPC errors
INVALID_REQUEST = "Permintaan tidak sah: {why}."
NOT_INITIALIZED = "Server belum diinisialisasi: kirim ‘initialize’ sebelum ‘{method}’."
ALREADY_INITIALIZED = "Server sudah diinisialisasi: ‘initialize’ hanya boleh dikirim sekali."
AFTER_SHUTDOWN = "Server sudah dimatikan (‘shutdown’): ‘{method}’ tidak dilayani lagi; kirim ‘exit’."
METHOD_NOT_FOUND = "Metode tidak dikenal: ‘{method}’."
INVALID_PARAMS = "Parameter tidak sah untuk ‘{method}’: {why}."
REQUEST_CANCELLED = "Permintaan dibatalkan."
INTERNAL_ERROR = "Galat internal sunting: {error}."

# ---------------------------------------------------------------------- commands
ADD_WORD_ARGUMENTS = "‘sunting.addToVocabulary’ memerlukan argumen [kata, uriDokumen]: satu kata atau frasa, tanpa ganti baris."
ADD_WORD_FAILED = "sunting: ‘{word}’ tidak dapat ditambahkan ke kosakata proyek: {error}"
