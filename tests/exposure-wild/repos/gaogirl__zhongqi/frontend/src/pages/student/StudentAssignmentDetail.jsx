import React, { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import assignmentsAPI from '../../services/assignments';
import libraryAPI from '../../services/library';
import './Student.css';
export default function StudentAssignmentDetail() {
