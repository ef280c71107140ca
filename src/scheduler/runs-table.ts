/** Ingestion runs as a plain-text table for the terminal (headers in French: people read them). */
import type { RunWithPartner } from "../storage/run-store.js";

const STATUS_LABELS: Record<string, string> = {
  running: "en cours",
  succeeded: "réussi",
  partial: "partiel",
  failed: "échec",
  not_modified: "inchangé (304)",
};

const TRIGGER_LABELS: Record<string, string> = { cli: "manuel", schedule: "planifié", push: "envoi" };

/** "2026-11-20 12:00:05" (UTC). */
const formatInstant = (iso: string): string => iso.replace("T", " ").slice(0, 19);

/** "850 ms", "12,4 s", "3 min 05 s". */
export const formatDuration = (ms: number): string => {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1).replace(".", ",")} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
};

/** The first thing that went wrong in a run: the fatal error, then a record error, then why nothing was closed. */
export const firstError = (
  run: Pick<RunWithPartner, "message" | "record_errors" | "close_skipped_reason">,
) => {
  if (run.message) return run.message;
  const records = JSON.parse(run.record_errors) as Array<{ reference: string | null; reason: string }>;
  const first = records[0];
  if (first) return `${first.reference ?? "?"} : ${first.reason}`;
  return run.close_skipped_reason ?? "";
};

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const HEADER = [
  "id",
  "partenaire",
  "déclencheur",
  "statut",
  "début (UTC)",
  "durée",
  "reçues",
  "nouvelles",
  "modifiées",
  "inchangées",
  "fermées",
  "erreurs",
  "première erreur",
];

const row = (run: RunWithPartner): string[] => [
  String(run.id),
  run.partner,
  TRIGGER_LABELS[run.trigger] ?? run.trigger,
  STATUS_LABELS[run.status] ?? run.status,
  formatInstant(run.started_at),
  run.finished_at ? formatDuration(Date.parse(run.finished_at) - Date.parse(run.started_at)) : "—",
  ...[run.received, run.new, run.updated, run.unchanged, run.closed, run.errors].map(String),
  shorten(firstError(run), 80),
];

/** The runs as an aligned table, one line per run, most recent first as given. */
export const formatRunsTable = (runs: readonly RunWithPartner[]): string => {
  if (runs.length === 0) return "Aucune exécution enregistrée.\n";
  const rows = runs.map(row);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return `${[line(HEADER), ...rows.map(line)].join("\n")}\n`;
};
