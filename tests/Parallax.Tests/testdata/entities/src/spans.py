"""What the split builders share: each paragraph's mentions, given as (text, type, id[, occurrence]), turned into
whole-word offsets (UTF-16 = Python str indices for these BMP-only texts), checked and printed as paragraphs.jsonl lines."""
import json, sys


def emit(items, split):
    for pid, lang, pub, src, text, ms in items:
        out = []
        for m in ms:
            surface, typ, kb = m[:3]
            occ = m[3] if len(m) > 3 else 0
            i = -1
            for _ in range(occ + 1):
                i = text.find(surface, i + 1)
                # whole words only
                while i >= 0 and ((i > 0 and text[i - 1].isalnum()) or (i + len(surface) < len(text) and text[i + len(surface)].isalnum())):
                    i = text.find(surface, i + 1)
                if i < 0: sys.exit(f"{pid}: '{surface}' occurrence {occ} not found")
            out.append({"start": i, "end": i + len(surface), "text": surface, "type": typ, "kb": kb})
        out.sort(key=lambda m: (m["start"], -m["end"]))
        spans = [(m["start"], m["end"]) for m in out]
        if len(set(spans)) != len(spans): sys.exit(f"{pid}: duplicate span")
        print(json.dumps({"id": pid, "lang": lang, "published": pub, "split": split, "source": src, "text": text, "mentions": out}, ensure_ascii=False))
