-- Runs once, on the first start of an empty MySQL volume (docker-entrypoint-initdb.d).
-- One database per service; the services never read each other's tables.
CREATE DATABASE IF NOT EXISTS los_gateway CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE DATABASE IF NOT EXISTS los_kyc CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE DATABASE IF NOT EXISTS los_offer CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE DATABASE IF NOT EXISTS los_underwriting CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE DATABASE IF NOT EXISTS los_disbursal CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
