import { beforeEach, describe, expect, it, vi } from 'vitest';
import accountPurgeHandler, { purgeUserData } from '../../laf-backend/functions/account-purge';
    delete process.env.ADMIN_PURGE_TOKEN;
