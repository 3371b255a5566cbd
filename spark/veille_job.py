#!/usr/bin/env python3
"""veille on Spark: the same tables as `veille run`, byte for byte, from a cluster.

    spark-submit spark/veille_job.py --corpus URI --out URI [--bin PATH] [--format csv|parquet]
    python spark/veille_job.py --corpus URI --out URI [--master local[2]] [--bin PATH]

Every stage runs in the veille binary, shipped to the executors with `SparkContext.addFile`;
Spark only schedules the work and keeps it in order. Two ways for the bytes (`--io`):

- direct (the default for a local path or a `file:` URI, which every executor must see
  at the same path: one machine, or a shared file system): the driver lists the corpus
  with `veille extract --list` (veille run's own listing and order) and cuts the list
  into runs of consecutive files of about equal size, one partition each; each
  partition's veille process (`veille extract --records --corpus DIR`) reads its files
  itself and, with `--parts DIR`, writes its rows to one file per table in a staging
  folder under the output folder, answering only with counts (entities, candidates,
  bytes per table). The driver concatenates the parts in partition order (an in-kernel
  copy) after each table's header, merges the counts, and renames the tables into
  place. No row and no article byte crosses Python or the JVM.
- spark (the default for any other URI: HDFS, S3; or `--io spark`): the `binaryFile`
  source reads the corpus, range-partitioned and sorted by path (Spark compares strings
  by their UTF-8 bytes, as veille sorts relative paths); each file goes to veille as a
  header line `{"path", "bytes"}` then its bytes. With an output URI the executors
  cannot write to, veille answers with pieces of CSV rows (a header line, then raw
  bytes) in (path, part) order, and the driver reads the partitions back in order
  (`toLocalIterator`: one partition in memory at a time), appending each block of rows
  to its table as it is and merging the counts.

Either way `entities` and `candidates` are the partitions' counts merged in order and
sorted as veille sorts them; `datapackage.json` and `README.md` are what veille describes
(`veille extract --describe`). With `--format parquet` every table is also written as a
typed Parquet folder, `NAME.parquet/`, by the executors.

A veille process that fails makes its task fail, and the job exits non-zero with
veille's message. Spark's file listing (`--io spark`) skips names starting with `_` (as it
skips `.`), which `veille run` reads: keep such files out of a corpus read that way.
"""

import argparse
import csv
import io
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

EXTENSIONS = (".txt", ".md", ".jsonl")
DOC_TABLES = ("documents", "sentences", "mentions", "relations", "facts")
PART_TABLES = DOC_TABLES + ("errors",)


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", required=True, help="corpus folder (any URI Spark reads)")
    p.add_argument("--out", required=True, help="output folder (local path or Hadoop URI)")
    p.add_argument("--master", help="Spark master (default: spark-submit's, else local[2])")
    p.add_argument("--bin", help="the veille binary (default: target/release/veille, else PATH)")
    p.add_argument("--format", choices=("csv", "parquet"), default="csv",
                   help="parquet: also write each table as a Parquet folder NAME.parquet/")
    p.add_argument("--io", choices=("auto", "direct", "spark"), default="auto",
                   help="direct: veille on the executors reads the corpus files and writes "
                        "the table parts itself (a local path or file: URI that every "
                        "executor sees); spark: Spark reads the corpus and the rows go "
                        "through the driver; auto (default): direct for a local path, "
                        "spark for any other URI, for the corpus and the output each")
    p.add_argument("--partitions", type=int, default=0,
                   help="partitions, one veille process each (default: 2 per core of the "
                        "cluster, or more to keep each under 64 MB of corpus, 8 MB when "
                        "the rows go through the driver)")
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


def framed(files):
    """The `veille extract --records` input for `files`: a corpus-relative path alone
    (a str) is a header line, and veille reads the file from its --corpus folder; a
    (path, bytes) pair is a header line then the bytes."""
    for item in files:
        if isinstance(item, str):
            yield json.dumps({"path": item}, ensure_ascii=False).encode("utf-8") + b"\n"
        else:
            rel, data = item
            header = json.dumps({"path": rel, "bytes": len(data)}, ensure_ascii=False)
            yield header.encode("utf-8") + b"\n"
            yield data


class Veille:
    """One `veille extract --records` process, fed `records` (chunks of bytes) from a
    thread while the caller reads its standard output."""

    def __init__(self, command, records):
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
        self.stdout = self.proc.stdout
        self.failure = []
        self.stderr = []
        self.feeder = threading.Thread(target=self.feed, args=(records,), daemon=True)
        self.drain = threading.Thread(target=lambda: self.stderr.append(self.proc.stderr.read()),
                                      daemon=True)
        self.feeder.start()
        self.drain.start()

    def feed(self, records):
        try:
            for chunk in records:
                self.proc.stdin.write(chunk)
            self.proc.stdin.close()
        except Exception as e:  # a broken pipe: veille died; its status says why
            self.failure.append(e)

    def finish(self, problem=None):
        """Waits for veille; raises with its message when it failed (or `problem`)."""
        status = self.proc.wait()
        self.feeder.join()
        self.drain.join()
        if status != 0 or problem:
            message = b"".join(self.stderr).decode("utf-8", "replace").strip()
            raise RuntimeError(f"veille exited with status {status}: {message or problem}")
        if self.failure:
            raise RuntimeError(f"veille did not read all its input: {self.failure[0]}")


def run_pieces(command, files):
    """Pipes `files` through `veille extract --records` and yields its pieces as
    ("rows", [(table, bytes), ...]), in order, then one ("totals", entities, candidates)
    record for the partition (see `Totals`). Raises when veille fails, so that the
    task fails."""
    veille = Veille(command, framed(files))
    problem = None
    totals = Totals()
    for line in iter(veille.stdout.readline, b""):
        piece = json.loads(line)
        blocks = []
        for table, length in piece.get("tables", ()):
            data = veille.stdout.read(length)
            if len(data) != length:
                problem = f"a piece of {piece['path']} was cut short"
                break
            blocks.append((table, data))
        totals.add(piece)
        if blocks:
            yield ("rows", blocks)
    veille.finish(problem)
    yield ("totals", totals.entities, totals.candidates)


def run_parts(command, files, index, staging):
    """Runs `veille extract --records --parts` on `files`, its tables written to a
    folder of `staging` of this task attempt's own; returns (index, folder, summary)."""
    from pyspark import TaskContext
    context = TaskContext.get()
    attempt = context.attemptNumber() if context else 0
    folder = os.path.join(staging, f"part-{index:05d}-{attempt}")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    veille = Veille(command + ["--parts", folder], framed(files))
    answer = veille.stdout.read()
    veille.finish()
    summary = json.loads(answer)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # The CPU time of this veille process, for the job's report.
    summary["cpu"] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return (index, folder, summary)


def partition_runner(bin_name, min_confidence, corpus, staging):
    """The function each partition runs: its files (paths to read from the folder
    `corpus`, or (path, bytes) pairs when `corpus` is None) through one veille process;
    its pieces back (`staging` None), or its tables written under `staging`."""
    def run(index, items):
        command = [executable(bin_name), "extract", "--records",
                   "--min-confidence", min_confidence]
        if corpus is not None:
            command += ["--corpus", corpus]
            # A partition holds one run of consecutive files (see `runs_of`).
            items = (path for run in items for path in run)
        if staging is None:
            return run_pieces(command, items)
        return iter([run_parts(command, items, index, staging)])
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

    def merge_summary(self, summary):
        """Adds the counts of a later partition's `--parts` summary."""
        for entity_id, cells, mentions, documents in summary["entities"]:
            self.merge_entity(entity_id, cells, mentions, documents)
        for kind, surface, cells, count, first in summary["candidates"]:
            self.merge_candidate((kind, surface), cells, count, first)

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

def local_path(uri):
    """The local path a corpus or output URI names (a plain path, or `file:`), else None."""
    if uri.startswith("file:"):
        return urllib.parse.unquote(urllib.parse.urlparse(uri).path)
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", uri):
        return None
    return os.path.abspath(uri)


class Output:
    """The output folder: local files, or any Hadoop file system through the JVM. Files
    are written under temporary names and renamed into place at the end, as veille run
    does, so a failed job leaves the previous tables."""

    def __init__(self, sc, uri):
        self.uri = uri.rstrip("/")
        self.dir = local_path(uri)
        self.local = self.dir is not None
        if self.local:
            os.makedirs(self.dir, exist_ok=True)
        else:
            jvm = sc._jvm
            self.Path = jvm.org.apache.hadoop.fs.Path
            self.fs = self.Path(self.uri).getFileSystem(sc._jsc.hadoopConfiguration())
            self.fs.mkdirs(self.Path(self.uri))
        self.pending = []

    def open(self, name, raw=False):
        """A file to write `name` to (unbuffered if `raw`, local only)."""
        tmp = f".{name}.tmp-{os.getpid()}"
        self.pending.append((tmp, name))
        if self.local:
            return open(os.path.join(self.dir, tmp), "wb", buffering=0 if raw else -1)
        return HadoopFile(self.fs.create(self.Path(f"{self.uri}/{tmp}"), True))

    @staticmethod
    def append_part(dest, path, size):
        """Appends the part file `path` to `dest` (a raw local file), checked to hold the
        `size` bytes its veille process announced."""
        try:
            found = os.path.getsize(path)
        except OSError:
            found = None
        if found != size:
            raise RuntimeError(
                f"{path}: an executor wrote {size} bytes, the driver finds {found}: --out "
                f"must be a folder every executor sees at the same path (a shared file "
                f"system), or a URI such as hdfs:")
        with open(path, "rb", buffering=0) as src:
            append(dest, src, size)

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

    def discard(self):
        """Removes the temporary files of a job that failed."""
        for tmp, _ in self.pending:
            if self.local:
                try:
                    os.remove(os.path.join(self.dir, tmp))
                except OSError:
                    pass
            else:
                self.fs.delete(self.Path(f"{self.uri}/{tmp}"), False)
        self.pending = []


def append(dest, src, size):
    """Appends the `size` bytes of `src` to `dest` (unbuffered files): an in-kernel copy
    (`copy_file_range`) where the system has one, else read and write."""
    done = 0
    copy = getattr(os, "copy_file_range", None)
    while copy and done < size:
        try:
            n = copy(src.fileno(), dest.fileno(), size - done)
        except OSError:
            break  # no in-kernel copy between these files: the plain copy goes on
        if n == 0:
            break
        done += n
    src.seek(done)
    while done < size:
        data = src.read(min(size - done, 1 << 20))
        if not data:
            raise RuntimeError(f"{src.name} is shorter than its {size} bytes")
        write_all(dest, data)
        done += len(data)


def write_all(dest, data):
    """Writes all of `data` to an unbuffered file (which may take less at a time)."""
    view = memoryview(data)
    while view:
        view = view[dest.write(view):]


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


def write_corpus_tables(out, headers, totals):
    """entities.csv and candidates.csv, from the merged counts."""
    for name, rows in (("entities", totals.entity_rows()),
                       ("candidates", totals.candidate_rows())):
        with out.open(f"{name}.csv") as f:
            f.write(headers[name].encode("utf-8") + b"".join(rows))


def write_pieces(records, out, headers):
    """Writes every table from the pieces of the partitions (`--io spark` output), in one
    pass, partition after partition; returns the merged counts."""
    files = {name: out.open(f"{name}.csv") for name in PART_TABLES}
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
    write_corpus_tables(out, headers, totals)
    return totals


def write_parts(results, out, headers):
    """Writes every table from the partitions' parts (`--io direct` output): the
    partitions' results (index, folder, summary), in order, each table's parts appended
    one after the other. Returns the merged counts and the folders."""
    totals = Totals()
    folders = []
    files = {name: out.open(f"{name}.csv", raw=True) for name in PART_TABLES}
    try:
        for name, f in files.items():
            write_all(f, headers[name].encode("utf-8"))
        for _, folder, summary in results:
            totals.merge_summary(summary)
            folders.append(folder)
            for name, size in summary["tables"]:
                out.append_part(files[name], os.path.join(folder, f"{name}.csv"), size)
    finally:
        for f in files.values():
            f.close()
    write_corpus_tables(out, headers, totals)
    return totals, folders


def csv_rows(data):
    """The cells of CSV rows (bytes)."""
    return csv.reader(io.StringIO(data.decode("utf-8"), newline=""))


def piece_rows(name):
    """The rows of table `name` in a record of `run_pieces`."""
    def rows(record):
        if record[0] != "rows":
            return
        for table, data in record[1]:
            if table == name:
                yield from csv_rows(data)
    return rows


def part_rows(name):
    """The rows of table `name` in a parts folder of `run_parts`."""
    def rows(folder):
        with open(os.path.join(folder, f"{name}.csv"), newline="", encoding="utf-8") as f:
            yield from csv.reader(f)
    return rows


def write_parquet(spark, table_rdd, totals, description, out_uri):
    """Each table as a Parquet folder, typed as datapackage.json declares; `table_rdd`
    gives the RDD of a per-document table's rows (lists of cells)."""
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

    sc = spark.sparkContext
    sources = {name: table_rdd(name) for name in PART_TABLES}
    sources["entities"] = sc.parallelize(list(csv_rows(b"".join(totals.entity_rows()))))
    sources["candidates"] = sc.parallelize(list(csv_rows(b"".join(totals.candidate_rows()))))
    for name, rdd in sources.items():
        columns = schema(name)
        struct = T.StructType([T.StructField(n, kinds[k], True) for n, k in columns])
        frame = spark.createDataFrame(rdd.map(typed(columns)), struct)
        frame.write.mode("overwrite").parquet(f"{out_uri.rstrip('/')}/{name}.parquet")


# --- driver ---------------------------------------------------------------------------

def partition_count(sc, args, total, direct_out):
    """--partitions, else 2 per core, or more to keep each under 64 MB of corpus (8 MB
    when the rows go through the driver, which holds a partition's rows at a time)."""
    per = (64 if direct_out else 8) << 20
    return args.partitions or max(2 * sc.defaultParallelism, -(-total // per))


def runs_of(files, partitions):
    """Cuts the listed files [(path, size)], in order, into at most `partitions` runs of
    consecutive files of about equal weight (a file weighs its size plus 4 KB, for
    opening it)."""
    weights = [size + 4096 for _, size in files]
    total = sum(weights)
    runs, current, done = [], [], 0
    for (path, _), weight in zip(files, weights):
        if current and done >= total * (len(runs) + 1) / partitions:
            runs.append(current)
            current = []
        current.append(path)
        done += weight
    if current:
        runs.append(current)
    return runs


def listed_input(sc, binary, corpus_dir, args, direct_out):
    """The corpus as `veille extract --list` lists it (veille run's own files, in its
    order), cut into runs of files, one partition each: executors read the files. An
    output folder inside the corpus is left out, as veille run leaves it out."""
    listed = subprocess.run([binary, "extract", "--list", "--corpus", corpus_dir],
                            capture_output=True)
    if listed.returncode != 0:
        raise RuntimeError(listed.stderr.decode("utf-8", "replace").strip())
    files = [(f["path"], f["size"]) for f in map(json.loads, listed.stdout.splitlines())]
    out_dir = local_path(args.out)
    inside = os.path.relpath(os.path.realpath(out_dir), os.path.realpath(corpus_dir)) \
        if out_dir is not None else os.pardir
    if inside != os.pardir and not inside.startswith(os.pardir + os.sep):
        files = [f for f in files if not (f[0] + "/").startswith(inside + "/")]
    total = sum(size for _, size in files)
    runs = runs_of(files, partition_count(sc, args, total, direct_out))
    return sc.parallelize(runs, max(1, len(runs)))


def relative(root, uri):
    """The corpus-relative path of a file URI listed under the qualified root URI."""
    if not uri.startswith(root + "/"):
        raise RuntimeError(f"{uri} is not under the corpus {root}")
    return uri[len(root) + 1:]


def spark_input(spark, corpus, args, direct_out):
    """The corpus as Spark's `binaryFile` source reads it: (path, bytes) of each file
    veille reads, partitioned by ranges of paths and sorted within each partition
    (Spark compares strings by their UTF-8 bytes, as veille sorts relative paths)."""
    from pyspark.sql import functions as F
    sc = spark.sparkContext
    root_path = sc._jvm.org.apache.hadoop.fs.Path(corpus)
    fs = root_path.getFileSystem(sc._jsc.hadoopConfiguration())
    if not fs.isDirectory(root_path):
        raise RuntimeError(f"corpus folder {corpus} cannot be read")
    root = fs.makeQualified(root_path).toString().rstrip("/")
    # The binaryFile source keeps each file's bytes; unlike `binaryFiles` it reads a
    # corpus whose own folder name starts with `.` (a temporary folder, say).
    listing = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(root)
    total = listing.select(F.sum("length")).first()[0] or 0
    partitions = partition_count(sc, args, total, direct_out)
    return listing.select("path", "content") \
        .repartitionByRange(partitions, "path").sortWithinPartitions("path").rdd \
        .map(lambda row: (relative(root, row[0]), bytes(row[1]))) \
        .filter(lambda kv: is_document(kv[0]))


def plan(args):
    """(corpus folder, output folder): the local paths veille reads and writes itself
    (--io direct), None where the bytes go through Spark."""
    corpus, out = local_path(args.corpus), local_path(args.out)
    if args.io == "spark":
        return None, None
    if args.io == "direct" and (corpus is None or out is None):
        raise RuntimeError("--io direct needs local paths (or file: URIs) for --corpus and --out")
    return corpus, out


def cause_of(error):
    """The line of a (Java-wrapped) exception that says what went wrong."""
    lines = [l.strip() for l in str(error).splitlines() if l.strip()]
    for marker in ("RuntimeError:", "Exception:", "Error:"):
        for line in lines:
            if marker in line:
                return line
    return lines[0] if lines else repr(error)


def start_spark(args):
    """The Spark session (a local master unless spark-submit gives one)."""
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("veille")
    if args.master:
        builder = builder.master(args.master)
    elif "PYSPARK_GATEWAY_PORT" not in os.environ:
        # Started by python, not spark-submit (which sets the master and the gateway).
        builder = builder.master("local[2]")
    # Articles are small: opening a file is counted 64 KB (not 4 MB) when the listing is
    # cut into read tasks (--io spark). Through the driver (--io spark), it receives the
    # tables a partition at a time (about 40 MB of rows each); a local master runs the
    # executor in the driver too.
    builder = builder.config("spark.ui.showConsoleProgress", "false") \
        .config("spark.sql.files.openCostInBytes", str(64 << 10))
    if "PYSPARK_GATEWAY_PORT" not in os.environ:
        builder = builder.config("spark.driver.memory", os.environ.get("VEILLE_DRIVER_MEMORY", "2g"))
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    # A first job pays for starting the Python workers (and warming the JVM up): a
    # no-op task per core, counted in the start-up.
    sc.parallelize(range(sc.defaultParallelism), sc.defaultParallelism).foreach(lambda _: None)
    return spark


def run_job(spark, binary, description, args, clock):
    """Reads, analyzes and writes every table; `clock` records the phases."""
    from pyspark import StorageLevel
    sc = spark.sparkContext
    headers = {t["name"]: t["header"] for t in description["tables"]}
    corpus_dir, out_dir = plan(args)
    bin_name = os.path.basename(binary)
    sc.addFile(binary)
    out = Output(sc, args.out)
    staging = None
    if out_dir is not None:
        staging = os.path.join(out_dir, f".veille-parts-{os.getpid()}-{int(time.time())}")
    try:
        if corpus_dir is not None:
            files = listed_input(sc, binary, corpus_dir, args, staging is not None)
        else:
            files = spark_input(spark, args.corpus, args, staging is not None)
        work = files.mapPartitionsWithIndex(
            partition_runner(bin_name, args.min_confidence, corpus_dir, staging))
        clock.append(("listed", time.monotonic()))
        if staging is not None:
            # Every partition writes its parts at once; the driver gets their counts.
            results = sorted(work.collect(), key=lambda r: r[0])
            clock.append(("analyzed", time.monotonic()))
            clock.append(("veille", (len(results), sum(r[2]["cpu"] for r in results))))
            totals, folders = write_parts(results, out, headers)
            table_rdd = lambda name: sc.parallelize(folders, max(1, len(folders))) \
                .flatMap(part_rows(name))
        else:
            # Every partition computed at once (and cached), then read back in order.
            records = work.persist(StorageLevel.MEMORY_AND_DISK)
            records.count()
            clock.append(("analyzed", time.monotonic()))
            totals = write_pieces(records.toLocalIterator(prefetchPartitions=True), out, headers)
            table_rdd = lambda name: records.flatMap(piece_rows(name))
        clock.append(("written", time.monotonic()))
        if args.format == "parquet":
            write_parquet(spark, table_rdd, totals, description, args.out)
        with out.open("datapackage.json") as f:
            f.write(description["datapackage"].encode("utf-8"))
        with out.open("README.md") as f:
            f.write(description["readme"].encode("utf-8"))
        out.commit()
    finally:
        out.discard()
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)


def main(argv):
    args = parse_args(argv)
    binary = find_binary(args.bin)
    described = subprocess.run([binary, "extract", "--describe"], capture_output=True)
    if described.returncode != 0:
        sys.exit(f"veille_job: {binary} extract --describe failed: "
                 f"{described.stderr.decode('utf-8', 'replace').strip()}")
    description = json.loads(described.stdout)

    started = time.monotonic()
    spark = start_spark(args)
    ready = time.monotonic()
    clock = []
    try:
        run_job(spark, binary, description, args, clock)
    except Exception as e:  # a task that failed: name the cause, exit non-zero
        print(f"veille_job: error: {cause_of(e)}", file=sys.stderr)
        spark.stop()
        return 1
    done = time.monotonic()
    spark.stop()
    phases = dict(clock)
    print(f"veille_job: Spark started in {ready - started:.1f} s; corpus listed in "
          f"{phases['listed'] - ready:.1f} s, analyzed in "
          f"{phases['analyzed'] - phases['listed']:.1f} s, CSV tables written in "
          f"{phases['written'] - phases['analyzed']:.1f} s; done in "
          f"{done - ready:.1f} s after start-up", file=sys.stderr)
    if "veille" in phases:
        processes, cpu = phases["veille"]
        print(f"veille_job: {processes} veille processes took {cpu:.1f} CPU seconds",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
