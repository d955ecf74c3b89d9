import React, { useState, useRef, useEffect } from 'react';
export default LoadingDemo;
