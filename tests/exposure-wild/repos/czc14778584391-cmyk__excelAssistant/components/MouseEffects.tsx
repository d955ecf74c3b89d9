import React, { useEffect, useState, useRef } from 'react';
    if (process.env.NODE_ENV === 'development') {
  if (process.env.NODE_ENV === 'development') {
              src={`${import.meta.env.BASE_URL}images/${particle.kittyImage}`}
                console.error('Failed to load image:', `${import.meta.env.BASE_URL}images/${particle.kittyImage}`);
export default MouseEffects;
