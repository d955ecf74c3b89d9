import React, { useState, useEffect, useRef } from 'react';
export default function GentleCheckins({ onRequireLogin }: Props) {
