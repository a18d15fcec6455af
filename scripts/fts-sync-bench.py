#!/usr/bin/env python3
"""FTS5 upkeep, measured: an external-content index kept in sync by triggers
against the same rows written explicitly in the same transaction, and a bulk
'rebuild' after plain inserts (3,000 articles, batches of 100, WAL).
  CORPORA=../shared/corpora python3 scripts/fts-sync-bench.py
The archive writes the index explicitly because of this (README, "Performance")."""
import tempfile
WORK = tempfile.mkdtemp()
import sqlite3, time, random, json, os, glob
random.seed(1)
# Text: the corpora's truth bodies, read in place (nothing is copied into the repository).
bodies=[]
for f in glob.glob(os.path.join(os.environ.get('CORPORA', '../shared/corpora'), '*/truth.jsonl')):
    for line in open(f):
        o=json.loads(line)
        if o.get('body'): bodies.append((o.get('headline') or '', o.get('description') or '', o['body']))
print(sqlite3.sqlite_version, len(bodies))
rows=[bodies[i%len(bodies)] for i in range(3000)]
SCHEMA="""
PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
CREATE TABLE article(id INTEGER PRIMARY KEY, headline TEXT, description TEXT, body TEXT NOT NULL, authors TEXT NOT NULL, tags TEXT NOT NULL, source TEXT);
CREATE VIRTUAL TABLE article_fts USING fts5(headline, description, body, authors, tags, source, content='article', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
"""
TRIG="""
CREATE TRIGGER a_ai AFTER INSERT ON article BEGIN INSERT INTO article_fts(rowid, headline, description, body, authors, tags, source) VALUES (new.id, new.headline, new.description, new.body, new.authors, new.tags, new.source); END;
CREATE TRIGGER a_ad AFTER DELETE ON article BEGIN INSERT INTO article_fts(article_fts, rowid, headline, description, body, authors, tags, source) VALUES ('delete', old.id, old.headline, old.description, old.body, old.authors, old.tags, old.source); END;
CREATE TRIGGER a_au AFTER UPDATE ON article BEGIN INSERT INTO article_fts(article_fts, rowid, headline, description, body, authors, tags, source) VALUES ('delete', old.id, old.headline, old.description, old.body, old.authors, old.tags, old.source); INSERT INTO article_fts(rowid, headline, description, body, authors, tags, source) VALUES (new.id, new.headline, new.description, new.body, new.authors, new.tags, new.source); END;
"""
def run(mode):
    p=os.path.join(WORK, f'{mode}.db')
    for s in ['','-wal','-shm']:
        if os.path.exists(p+s): os.remove(p+s)
    db=sqlite3.connect(p, isolation_level=None); db.executescript(SCHEMA)
    if mode=='trigger': db.executescript(TRIG)
    t=time.perf_counter()
    for b in range(0,len(rows),100):
        db.execute('BEGIN')
        for i,(h,d,body) in enumerate(rows[b:b+100]):
            cur=db.execute('INSERT INTO article(headline,description,body,authors,tags,source) VALUES(?,?,?,?,?,?)',(h,d,body,'A B','x y','Src'))
            if mode=='explicit':
                db.execute('INSERT INTO article_fts(rowid,headline,description,body,authors,tags,source) VALUES(?,?,?,?,?,?,?)',(cur.lastrowid,h,d,body,'A B','x y','Src'))
        db.execute('COMMIT')
    dt=time.perf_counter()-t
    if mode=='rebuild':
        t2=time.perf_counter(); db.execute("INSERT INTO article_fts(article_fts) VALUES('rebuild')"); dt2=time.perf_counter()-t2
        print(mode, 'insert', round(dt,3),'rebuild',round(dt2,3),'total',round(dt+dt2,3))
    else: print(mode, round(dt,3))
    db.execute("INSERT INTO article_fts(article_fts, rank) VALUES('integrity-check', 1)")
for m in ['explicit','trigger','rebuild','explicit','trigger']: run(m)
