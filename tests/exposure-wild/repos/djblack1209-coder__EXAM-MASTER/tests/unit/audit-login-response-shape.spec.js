import { beforeEach, describe, expect, it, vi } from 'vitest';
    WX_APPID: process.env.WX_APPID,
    WX_GZH_APPID: process.env.WX_GZH_APPID,
    WX_GZH_SECRET: process.env.WX_GZH_SECRET
    process.env.JWT_SECRET_PLACEHOLDER
    delete process.env.JWT_SECRET_PLACEHOLDER
  process.env.WX_APPID = process.env.WX_APPID || 'unit_wx_appid';
  process.env.WX_SECRET_PLACEHOLDER
  process.env.WX_GZH_APPID = process.env.WX_GZH_APPID || 'unit_wx_gzh_appid';
  process.env.SECRET_PLACEHOLDER
  const mod = await import('../../laf-backend/functions/login');
    else process.env.JWT_SECRET_PLACEHOLDER
    if (originalEnv.WX_APPID === undefined) delete process.env.WX_APPID;
    else process.env.WX_APPID = originalEnv.WX_APPID;
    else process.env.WX_SECRET_PLACEHOLDER
    if (originalEnv.WX_GZH_APPID === undefined) delete process.env.WX_GZH_APPID;
    else process.env.WX_GZH_APPID = originalEnv.WX_GZH_APPID;
    else process.env.SECRET_PLACEHOLDER
