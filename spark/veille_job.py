#!/usr/bin/env python3
"""veille on Spark: the same tables as `veille run`, byte for byte, from a cluster.

    spark-submit spark/veille_job.py --corpus URI --out URI [--bin PATH] [--format csv|parquet]
    python spark/veille_job.py --corpus URI --out URI [--master local[2]] [--bin PATH]

Every stage runs in the veille binary, shipped to the executors with `SparkContext.addFile`;
Spark only moves bytes and keeps them in order:

1. The `binaryFile` source reads the corpus recursively (any URI Spark reads: local,
   HDFS, S3), keeping each file's exact bytes; the files veille reads (`.txt`, `.md`,
   `.jsonl`, no hidden name) are kept, each with its corpus-relative path.
2. The files are range-partitioned by path and sorted within each partition (Spark
   compares strings by their UTF-8 bytes, as veille sorts relative paths), so only the
   input moves between executors, never the larger output.
3. Each partition goes through one `veille extract --records` process: a header line
   `{"path", "bytes"}` then the file's bytes, for each file; veille reads them exactly
   as `veille run` reads files (same documents, doc_ids, errors) and answers with
   pieces of CSV rows (a header line, then raw bytes), in (path, part) order. The
   executor also counts the partition's entities and candidates.
4. The driver reads the partitions back in order (`toLocalIterator`: one partition in
   memory at a time) and appends each block of rows to its table, `documents`,
   `sentences`, `mentions`, `relations`, `facts` and `errors`, as they are, then merges
   the partitions' counts into `entities` and `candidates`, sorted as veille sorts
   them; then `datapackage.json` and `README.md` as veille describes them (`veille
   extract --describe`). With `--format parquet` every table is also written as a
   typed Parquet folder, `NAME.parquet/`, by the executors.

A veille process that fails makes its task fail, and the job exits non-zero with
veille's message. Spark's file listing skips names starting with `_` (as it skips `.`),
which `veille run` would read: keep such files out of a corpus meant for both.
"""

import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

EXTENSIONS = (".txt", ".md", ".jsonl")
DOC_TABLES = ("documents", "sentences", "mentions", "relations", "facts")


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", required=True, help="corpus folder (any URI Spark reads)")
    p.add_argument("--out", required=True, help="output folder (local path or Hadoop URI)")
    p.add_argument("--master", help="Spark master (default: spark-submit's, else local[2])")
    p.add_argument("--bin", help="the veille binary (default: target/release/veille, else PATH)")
    p.add_argument("--format", choices=("csv", "parquet"), default="csv",
                   help="parquet: also write each table as a Parquet folder NAME.parquet/")
    p.add_argument("--partitions", type=int, default=0,
                   help="partitions, one veille process each (default: 2 per core of the "
                        "cluster, or one per 8 MB of corpus if more)")
    p.add_argument("--min-confidence", default="0.8",
                   help="as veille run --min-confidence (default 0.8)")
    return p.parse_args(argv)


def find_binary(given):
    """The veille binary: --bin, else target/release/veille beside this folder, else PATH."""
    if given:
        return os.path.abspath(given)
    here = os.path.dirname(os.path.abspath(__file__))
    built = os.path.join(here, "..", "target", "release", "veille")
    if os.path.isfile(built):
        return os.path.abspath(built)
    found = shutil.which("veille")
    if not found:
        sys.exit("veille_job: no veille binary: build it (cargo build --release) or give --bin")
    return found


def is_document(rel):
    """Whether `veille run` reads this corpus-relative path (see src/ingest.rs)."""
    parts = rel.split("/")
    return rel.lower().endswith(EXTENSIONS) and not any(p.startswith(".") for p in parts)


# --- executor side ---------------------------------------------------------------------

def executable(name):
    """The shipped binary, made executable (in a private copy if need be)."""
    from pyspark import SparkFiles
    path = SparkFiles.get(name)
    if os.access(path, os.X_OK):
        return path
    try:
        os.chmod(path, 0o755)
        return path
    except OSError:
        copy = os.path.join(tempfile.mkdtemp(prefix="veille-bin-"), name)
        shutil.copy(path, copy)
        os.chmod(copy, 0o755)
        return copy


def run_veille(command, files):
    """Pipes `files` (relative path, bytes) through `veille extract --records` and yields
    its pieces as ("rows", [(table, bytes), ...]), in order, then one ("totals",
    entities, candidates) record for the partition (see `Totals`). Raises when veille
    fails, so that the task fails."""
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    failure = []
    stderr = []

    def feed():
        try:
            for rel, data in files:
                header = json.dumps({"path": rel, "bytes": len(data)}, ensure_ascii=False)
                proc.stdin.write(header.encode("utf-8") + b"\n")
                proc.stdin.write(data)
            proc.stdin.close()
        except Exception as e:  # a broken pipe: veille died; its status says why
            failure.append(e)

    feeder = threading.Thread(target=feed, daemon=True)
    drain = threading.Thread(target=lambda: stderr.append(proc.stderr.read()), daemon=True)
    feeder.start()
    drain.start()
    totals = Totals()
    for line in iter(proc.stdout.readline, b""):
        piece = json.loads(line)
        blocks = []
        for table, length in piece.get("tables", ()):
            data = proc.stdout.read(length)
            if len(data) != length:
                failure.append(f"a piece of {piece['path']} was cut short")
                break
            blocks.append((table, data))
        totals.add(piece)
        if blocks:
            yield ("rows", blocks)
    status = proc.wait()
    feeder.join()
    drain.join()
    if status != 0 or failure:
        message = b"".join(stderr).decode("utf-8", "replace").strip()
        raise RuntimeError(f"veille exited with status {status}: {message or failure}")
    yield ("totals", totals.entities, totals.candidates)


def partition_runner(bin_name, min_confidence):
    def run(files):
        command = [executable(bin_name), "extract", "--records",
                   "--min-confidence", min_confidence]
        return run_veille(command, files)
    return run


class Totals:
    """The corpus-level tables, counted: each executor counts its partition's pieces (in
    order), and the driver merges the partitions' counts in order. `entities`: id →
    [cells, mentions, documents]; `candidates`: (kind, surface) → [cells, count, first
    sentence]: the first one met, pieces and partitions coming in corpus order."""

    def __init__(self):
        self.entities = {}
        self.candidates = {}

    def add(self, piece):
        for entity_id, cells, mentions in piece.get("entities", ()):
            self.merge_entity(entity_id, cells, mentions, 1)
        for kind, surface, cells, count, first in piece.get("candidates", ()):
            self.merge_candidate((kind, surface), cells, count, first)

    def merge_entity(self, entity_id, cells, mentions, documents):
        total = self.entities.setdefault(entity_id, [cells, 0, 0])
        total[1] += mentions
        total[2] += documents

    def merge_candidate(self, key, cells, count, first):
        total = self.candidates.setdefault(key, [cells, 0, first])
        total[1] += count

    def merge(self, entities, candidates):
        """Adds the counts of a later partition."""
        for entity_id, (cells, mentions, documents) in entities.items():
            self.merge_entity(entity_id, cells, mentions, documents)
        for key, (cells, count, first) in candidates.items():
            self.merge_candidate(key, cells, count, first)

    def entity_rows(self):
        """The rows of entities.csv, by id as veille sorts them."""
        for entity_id in sorted(self.entities):
            cells, mentions, documents = self.entities[entity_id]
            yield f"{cells},{mentions},{documents}\n".encode("utf-8")

    def candidate_rows(self):
        """The rows of candidates.csv, by (kind, surface) as veille sorts them."""
        for key in sorted(self.candidates):
            cells, count, first = self.candidates[key]
            yield f"{cells},{count},{first}\n".encode("utf-8")


# --- output ---------------------------------------------------------------------------

class Output:
    """The output folder: local files, or any Hadoop file system through the JVM. Files
    are written under temporary names and renamed into place at the end, as veille run
    does, so a failed job leaves the previous tables."""

    def __init__(self, sc, uri):
        self.uri = uri.rstrip("/")
        self.local = "://" not in uri or uri.startswith("file:")
        if self.local:
            self.dir = uri[len("file://"):] if uri.startswith("file://") else uri
            os.makedirs(self.dir, exist_ok=True)
        else:
            jvm = sc._jvm
            self.Path = jvm.org.apache.hadoop.fs.Path
            self.fs = self.Path(self.uri).getFileSystem(sc._jsc.hadoopConfiguration())
            self.fs.mkdirs(self.Path(self.uri))
        self.pending = []

    def open(self, name):
        tmp = f".{name}.tmp-{os.getpid()}"
        self.pending.append((tmp, name))
        if self.local:
            return open(os.path.join(self.dir, tmp), "wb")
        return HadoopFile(self.fs.create(self.Path(f"{self.uri}/{tmp}"), True))

    def commit(self):
        for tmp, name in self.pending:
            if self.local:
                os.replace(os.path.join(self.dir, tmp), os.path.join(self.dir, name))
            else:
                dest = self.Path(f"{self.uri}/{name}")
                self.fs.delete(dest, False)
                if not self.fs.rename(self.Path(f"{self.uri}/{tmp}"), dest):
                    raise RuntimeError(f"cannot rename {tmp} to {name} in {self.uri}")
        self.pending = []


class HadoopFile:
    def __init__(self, stream):
        self.stream = stream

    def write(self, data):
        self.stream.write(bytearray(data))

    def close(self):
        self.stream.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def write_tables(records, out, headers):
    """Writes every table in one pass over the records, partition after partition;
    returns the totals (for Parquet)."""
    names = DOC_TABLES + ("errors",)
    files = {name: out.open(f"{name}.csv") for name in names}
    totals = Totals()
    try:
        for name, f in files.items():
            f.write(headers[name].encode("utf-8"))
        for record in records:
            if record[0] == "rows":
                for name, data in record[1]:
                    files[name].write(data)
            else:
                totals.merge(record[1], record[2])
    finally:
        for f in files.values():
            f.close()
    for name, rows in (("entities", totals.entity_rows()),
                       ("candidates", totals.candidate_rows())):
        with out.open(f"{name}.csv") as f:
            f.write(headers[name].encode("utf-8"))
            for row in rows:
                f.write(row)
    return totals


def write_parquet(spark, records, totals, description, out_uri):
    """Each table as a Parquet folder, typed as datapackage.json declares."""
    from pyspark.sql import types as T
    package = json.loads(description["datapackage"])
    kinds = {"string": T.StringType(), "integer": T.LongType(), "number": T.DoubleType()}

    def schema(table):
        fields = next(r["schema"]["fields"] for r in package["resources"] if r["name"] == table)
        return [(f["name"], f["type"]) for f in fields]

    def typed(columns):
        def convert(row):
            out = []
            for (name, kind), cell in zip(columns, row):
                if cell == "" and name != "text":
                    out.append(None)
                elif kind == "integer":
                    out.append(int(cell))
                elif kind == "number":
                    out.append(float(cell))
                else:
                    out.append(cell)
            return out
        return convert

    def rows_of(data):
        return csv.reader(io.StringIO(data.decode("utf-8"), newline=""))

    def table_rows(name):
        def rows(record):
            if record[0] != "rows":
                return
            for table, data in record[1]:
                if table == name:
                    yield from rows_of(data)
        return rows

    sc = spark.sparkContext
    sources = {name: records.flatMap(table_rows(name)) for name in DOC_TABLES + ("errors",)}
    sources["entities"] = sc.parallelize(list(rows_of(b"".join(totals.entity_rows()))))
    sources["candidates"] = sc.parallelize(list(rows_of(b"".join(totals.candidate_rows()))))
    for name, rdd in sources.items():
        columns = schema(name)
        struct = T.StructType([T.StructField(n, kinds[k], True) for n, k in columns])
        frame = spark.createDataFrame(rdd.map(typed(columns)), struct)
        frame.write.mode("overwrite").parquet(f"{out_uri.rstrip('/')}/{name}.parquet")


# --- driver ---------------------------------------------------------------------------

def relative(root, uri):
    """The corpus-relative path of a file URI listed under the qualified root URI."""
    if not uri.startswith(root + "/"):
        raise RuntimeError(f"{uri} is not under the corpus {root}")
    return uri[len(root) + 1:]


def analyze(spark, root, bin_name, args):
    """The records of every corpus file (see `run_veille`), cached, in (path, part)
    order: partition after partition, each in order."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    # The binaryFile source keeps each file's bytes; unlike `binaryFiles` it reads a
    # corpus whose own folder name starts with `.` (a temporary folder, say).
    listing = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(root)
    total = listing.select(F.sum("length")).first()[0] or 0
    partitions = args.partitions or max(2 * spark.sparkContext.defaultParallelism,
                                        -(-total // (8 << 20)))
    # Files sorted by path across partitions (Spark compares strings by their UTF-8
    # bytes, as veille sorts relative paths), so the pieces need no sort afterwards:
    # only the input moves between executors, never the much larger output.
    files = listing.select("path", "content") \
        .repartitionByRange(partitions, "path").sortWithinPartitions("path").rdd \
        .map(lambda row: (relative(root, row[0]), bytes(row[1]))) \
        .filter(lambda kv: is_document(kv[0]))
    return files.mapPartitions(partition_runner(bin_name, args.min_confidence)) \
        .persist(StorageLevel.MEMORY_AND_DISK)


def cause_of(error):
    """The line of a (Java-wrapped) exception that says what went wrong."""
    lines = [l.strip() for l in str(error).splitlines() if l.strip()]
    for marker in ("RuntimeError:", "Exception:", "Error:"):
        for line in lines:
            if marker in line:
                return line
    return lines[0] if lines else repr(error)


def main(argv):
    args = parse_args(argv)
    binary = find_binary(args.bin)
    described = subprocess.run([binary, "extract", "--describe"], capture_output=True)
    if described.returncode != 0:
        sys.exit(f"veille_job: {binary} extract --describe failed: "
                 f"{described.stderr.decode('utf-8', 'replace').strip()}")
    description = json.loads(described.stdout)
    headers = {t["name"]: t["header"] for t in description["tables"]}

    started = time.monotonic()
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("veille")
    if args.master:
        builder = builder.master(args.master)
    elif "PYSPARK_GATEWAY_PORT" not in os.environ:
        # Started by python, not spark-submit (which sets the master and the gateway).
        builder = builder.master("local[2]")
    # Articles are small: opening a file is counted 64 KB (not 4 MB) when the listing is
    # cut into read tasks. The driver receives the tables a partition at a time (about
    # 40 MB of rows each); a local master runs the executor in the driver too.
    builder = builder.config("spark.ui.showConsoleProgress", "false") \
        .config("spark.sql.files.openCostInBytes", str(64 << 10))
    if "PYSPARK_GATEWAY_PORT" not in os.environ:
        builder = builder.config("spark.driver.memory", os.environ.get("VEILLE_DRIVER_MEMORY", "2g"))
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    ready = time.monotonic()

    try:
        bin_name = os.path.basename(binary)
        sc.addFile(binary)
        jvm = sc._jvm
        root_path = jvm.org.apache.hadoop.fs.Path(args.corpus)
        fs = root_path.getFileSystem(sc._jsc.hadoopConfiguration())
        if not fs.isDirectory(root_path):
            sys.exit(f"veille_job: corpus folder {args.corpus} cannot be read")
        root = fs.makeQualified(root_path).toString().rstrip("/")
        records = analyze(spark, root, bin_name, args)
        # Every partition computed at once (and cached), then read back in order.
        records.count()
        analyzed = time.monotonic()
        out = Output(sc, args.out)
        totals = write_tables(records.toLocalIterator(prefetchPartitions=True), out, headers)
        written = time.monotonic()
        if args.format == "parquet":
            write_parquet(spark, records, totals, description, args.out)
        with out.open("datapackage.json") as f:
            f.write(description["datapackage"].encode("utf-8"))
        with out.open("README.md") as f:
            f.write(description["readme"].encode("utf-8"))
        out.commit()
        done = time.monotonic()
        print(f"veille_job: Spark started in {ready - started:.1f} s; corpus read and "
              f"analyzed in {analyzed - ready:.1f} s, CSV tables written in "
              f"{written - analyzed:.1f} s; done in {done - ready:.1f} s after start-up",
              file=sys.stderr)
    except Exception as e:  # a task that failed: name the cause, exit non-zero
        print(f"veille_job: error: {cause_of(e)}", file=sys.stderr)
        spark.stop()
        return 1
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
