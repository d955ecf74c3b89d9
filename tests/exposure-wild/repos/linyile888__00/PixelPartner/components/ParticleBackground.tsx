import React, { useRef, useEffect } from 'react';
export default ParticleBackground;
