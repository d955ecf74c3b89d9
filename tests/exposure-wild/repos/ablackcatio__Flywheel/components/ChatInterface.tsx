'use client';
import { useState, useRef, useEffect } from 'react';
export default function ChatInterface() {
          <h2 className="text-xl font-bold">GLM-4.7 多轮对话</h2>
            <p className="text-lg">开始与 GLM-4.7 对话吧！</p>
