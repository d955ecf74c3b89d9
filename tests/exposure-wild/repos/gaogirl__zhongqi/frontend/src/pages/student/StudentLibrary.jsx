import React, { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import libraryAPI from '../../services/library';
import './StudentLibrary.css';
export default function StudentLibrary() {
