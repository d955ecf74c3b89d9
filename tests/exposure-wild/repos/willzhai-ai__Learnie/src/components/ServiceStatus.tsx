"use client";
import { useEffect, useState } from "react";
import { Activity, CheckCircle, XCircle, AlertCircle } from "lucide-react";
    zhipu: {
export function ServiceStatus() {
          zhipu: {
  const zhipuConfigured = health?.services.zhipu?.configured;
        {zhipuConfigured ? (
          <span className="font-medium">智谱 GLM:</span>
            zhipuConfigured
            {zhipuConfigured ? "已配置" : "未配置"}
