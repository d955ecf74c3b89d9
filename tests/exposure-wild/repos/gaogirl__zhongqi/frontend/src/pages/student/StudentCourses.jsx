import React, { useEffect, useState } from 'react';
import './Student.css';
import classesAPI from '../../services/classes';
import assignmentsAPI from '../../services/assignments';
import { Link } from 'react-router-dom';
export default function StudentCourses() {
