"""Records: value equality, a dataclass-like repr, keyword construction, __match_args__ and pickling."""

import copy
import pickle

import pytest

from classes import Employee, Person, Price


def test_repr_and_str():
    person = Person("Ann", 3)
    assert repr(person) == "Person(name='Ann', age=3)"
    assert str(person) == "Person { Name = Ann, Age = 3 }"  # C#'s ToString
    assert repr(Employee("Bo", 4, "Acme")) == "Employee(name='Bo', age=4, company='Acme')"
    assert repr(Price(150, "EUR")) == "Price(cents=150, currency='EUR')"


def test_value_equality_and_hash():
    assert Person("Ann", 3) == Person("Ann", 3)
    assert Person("Ann", 3) != Person("Ann", 4)
    assert hash(Person("Ann", 3)) == hash(Person("Ann", 3))
    assert len({Person("Ann", 3), Person("Ann", 3), Person("Bo", 1)}) == 2
    assert Price(1, "USD") == Price(1, "USD")
    assert Person("Ann", 3) != Employee("Ann", 3, "Acme")  # C# records compare their runtime types too


def test_keyword_construction_and_members():
    person = Person(age=5, name="Cy")
    assert (person.name, person.age) == ("Cy", 5)
    assert person.greet() == "hi Cy"
    assert isinstance(Employee("Bo", 4, "Acme"), Person)


def test_match_args():
    assert Person.__match_args__ == ("name", "age")
    assert Employee.__match_args__ == ("name", "age", "company")
    match Person("Ann", 3):
        case Person(name, age):
            assert (name, age) == ("Ann", 3)
        case _:
            pytest.fail("no match")


def test_pickle_and_copy():
    for value in (Person("Ann", 3), Employee("Bo", 4, "Acme"), Price(150, "EUR")):
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            assert pickle.loads(pickle.dumps(value, protocol)) == value
        assert copy.copy(value) == value and copy.deepcopy(value) == value
    restored = pickle.loads(pickle.dumps(Employee("Bo", 4, "Acme")))
    assert type(restored) is Employee


def test_python_subclass_of_a_record():
    class Student(Person):
        def greet(self):
            return "hey " + self.name

    student = Student("Di", 20)
    assert repr(student).endswith(".Student(name='Di', age=20)")  # the __qualname__, as dataclasses show it
    assert student.greet() == "hey Di"
    assert isinstance(student, Person)


class Pupil(Person):
    """At module level, so that pickle finds it."""


def test_copy_and_pickle_keep_a_python_subclass_instance_attributes():
    pupil = Pupil("Di", 20)
    pupil.school = "MIT"
    for clone in (copy.copy(pupil), copy.deepcopy(pupil), pickle.loads(pickle.dumps(pupil))):
        assert type(clone) is Pupil
        assert (clone.name, clone.age, clone.school) == ("Di", 20, "MIT")
    assert copy.copy(Pupil("Ed", 1)).__dict__ == {}  # no attributes: no state
