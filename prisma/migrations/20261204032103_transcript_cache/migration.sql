-- CreateEnum
CREATE TYPE "SyncMode" AS ENUM ('incremental', 'full');

-- AlterTable
ALTER TABLE "ClientAccount" ADD COLUMN     "plan" TEXT,
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';

-- CreateTable
CREATE TABLE "Transcript" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "agencyId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "upstreamId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "localDate" TEXT,
    "localTime" TEXT,
    "durationSeconds" INTEGER NOT NULL DEFAULT 0,
    "caller" TEXT,
    "callerDigits" TEXT,
    "type" TEXT,
    "outcome" TEXT,
    "rating" DOUBLE PRECISION,
    "searchVector" tsvector,
    "contentHash" TEXT NOT NULL,
    "syncedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Transcript_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TranscriptBody" (
    "transcriptId" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "conversation" JSONB NOT NULL,
    "conversationText" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "TranscriptBody_pkey" PRIMARY KEY ("transcriptId")
);

-- CreateTable
CREATE TABLE "TranscriptSyncState" (
    "clientId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "runId" TEXT,
    "mode" "SyncMode",
    "startedAt" TIMESTAMP(3),
    "heartbeatAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "pages" INTEGER NOT NULL DEFAULT 0,
    "added" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "removed" INTEGER NOT NULL DEFAULT 0,
    "agentsDone" INTEGER NOT NULL DEFAULT 0,
    "agentsTotal" INTEGER NOT NULL DEFAULT 0,
    "lastSuccessAt" TIMESTAMP(3),
    "lastError" TEXT,
    "lastErrorAt" TIMESTAMP(3),
    "discoveredAt" TIMESTAMP(3),
    "fullRequested" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "TranscriptSyncState_pkey" PRIMARY KEY ("clientId")
);

-- CreateTable
CREATE TABLE "TranscriptSyncAgent" (
    "clientId" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "agentName" TEXT,
    "frontierAt" TIMESTAMP(3),
    "frontierId" TEXT,
    "cursor" JSONB,
    "callCount" INTEGER NOT NULL DEFAULT 0,
    "lastSuccessAt" TIMESTAMP(3),
    "lastError" TEXT,
    "lastErrorAt" TIMESTAMP(3),

    CONSTRAINT "TranscriptSyncAgent_pkey" PRIMARY KEY ("clientId","agentId")
);

-- CreateTable
CREATE TABLE "TranscriptSeen" (
    "runId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "upstreamId" TEXT NOT NULL,

    CONSTRAINT "TranscriptSeen_pkey" PRIMARY KEY ("runId","agentId","upstreamId")
);

-- CreateIndex
CREATE INDEX "Transcript_agencyId_startedAt_id_idx" ON "Transcript"("agencyId", "startedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Transcript_clientId_startedAt_id_idx" ON "Transcript"("clientId", "startedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Transcript_searchVector_idx" ON "Transcript" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Transcript_callerDigits_idx" ON "Transcript" USING GIN ("callerDigits" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Transcript_clientId_agentId_upstreamId_key" ON "Transcript"("clientId", "agentId", "upstreamId");

-- CreateIndex
CREATE INDEX "TranscriptSyncState_agencyId_idx" ON "TranscriptSyncState"("agencyId");

-- CreateIndex
CREATE INDEX "TranscriptSyncAgent_agencyId_idx" ON "TranscriptSyncAgent"("agencyId");

-- CreateIndex
CREATE INDEX "TranscriptSeen_clientId_idx" ON "TranscriptSeen"("clientId");

-- AddForeignKey
ALTER TABLE "Transcript" ADD CONSTRAINT "Transcript_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transcript" ADD CONSTRAINT "Transcript_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "ClientAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranscriptBody" ADD CONSTRAINT "TranscriptBody_transcriptId_fkey" FOREIGN KEY ("transcriptId") REFERENCES "Transcript"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranscriptSyncState" ADD CONSTRAINT "TranscriptSyncState_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "ClientAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranscriptSyncAgent" ADD CONSTRAINT "TranscriptSyncAgent_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "ClientAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranscriptSeen" ADD CONSTRAINT "TranscriptSeen_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "ClientAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;
