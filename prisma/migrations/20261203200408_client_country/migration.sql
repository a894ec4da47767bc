-- AlterTable
ALTER TABLE "ClientAccount" ADD COLUMN     "country" TEXT NOT NULL DEFAULT 'US';
