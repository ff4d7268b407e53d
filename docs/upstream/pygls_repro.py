"""Reproductions against pygls 2.1.1 alone (no sunting)."""
import io, json, threading, logging, sys
from pygls.io_ import run
from pygls.lsp.server import LanguageServer
logging.basicConfig(level=logging.ERROR, stream=sys.stderr, format="LOG %(levelname)s %(message)s")

def session(data: bytes) -> list:
    srv = LanguageServer("t", "1")
    out = io.BytesIO()
    class W:
        def write(self, d): out.write(d)
        def close(self): pass
    srv.protocol.set_writer(W())
    try:
        run(threading.Event(), io.BytesIO(data), srv.protocol)
    except BaseException as e:
        print("  raised", type(e).__name__, e)
    raw = out.getvalue().decode()
    msgs = []
    while raw:
        head, _, rest = raw.partition("\r\n\r\n")
        n = int(head.split("Content-Length: ")[1].split("\r\n")[0])
        msgs.append(json.loads(rest[:n])); raw = rest[n:]
    return msgs

def fr(obj, name=b"Content-Length", extra=0):
    b = obj if isinstance(obj, bytes) else json.dumps(obj).encode()
    return name + b": %d\r\n\r\n" % (len(b) + extra) + b

INIT = {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":None,"rootUri":None,"capabilities":{}}}
SHUT = {"jsonrpc":"2.0","id":9,"method":"shutdown"}
def ids(ms): return [(m.get("id"), m.get("error", {}).get("code") if "error" in m else "ok") for m in ms if "method" not in m]

print("1 lower-case header:", ids(session(fr(INIT, b"content-length") + fr(SHUT))))
print("2 length 3 short:", ids(session(fr(INIT) + fr({"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{}}, extra=-3) + fr(SHUT))))
print("3 length 3 long:", ids(session(fr(INIT) + fr({"jsonrpc":"2.0","id":2,"method":"$/x"}, extra=3) + fr(SHUT))))
print("4 truncated JSON:", ids(session(fr(INIT) + fr(b'{"jsonrpc":"2.0","id":2,"method":"shutdown"') + fr(SHUT))))
print("5 hover without position:", ids(session(fr(INIT) + fr({"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///a"}}}) + fr(SHUT))))
print("6 params oops:", ids(session(fr(INIT) + fr({"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":"oops"}) + fr(SHUT))))
print("7 missing method:", ids(session(fr(INIT) + fr({"jsonrpc":"2.0","id":2}) + fr(SHUT))))
print("8 before initialize:", ids(session(fr({"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///a"},"position":{"line":0,"character":0}}}) + fr(INIT) + fr(SHUT))))
print("9 shutdown before initialize, then initialize:", ids(session(fr({"jsonrpc":"2.0","id":2,"method":"shutdown"}) + fr(INIT) + fr(SHUT))))
print("10 second initialize:", ids(session(fr(INIT) + fr({**INIT, "id": 2}) + fr(SHUT))))
print("11 after shutdown:", ids(session(fr(INIT) + fr(SHUT) + fr({"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///a"},"position":{"line":0,"character":0}}}))))
print("12 huge length:")
print("  ", ids(session(fr(INIT) + b"Content-Length: 1000000000000\r\n\r\n{}" + fr(SHUT))))
