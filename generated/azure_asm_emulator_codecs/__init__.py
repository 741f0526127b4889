"""The server's direction of the XML codecs: the emulator reads requests and writes
responses with them, as the clients of `azure_asm` write requests and read responses.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""
