"""Inheritance: C# hierarchies mirrored in Python, and objects returned as their most-derived bound type."""

import pytest

import animals
import pets


def test_hierarchy_is_mirrored():
    assert issubclass(animals.Dog, animals.Animal)
    assert issubclass(animals.Husky, animals.Dog)
    assert animals.Husky.__mro__[1:3] == (animals.Dog, animals.Animal)
    dog = animals.Husky()
    assert isinstance(dog, animals.Animal)


def test_derived_instances_have_base_members():
    # pybind11 5.6: instances expose fields and methods of both types.
    dog = pets.Dog("Molly")
    assert dog.name == "Molly"
    assert dog.bark() == "woof!"
    dog.name = "Max"
    assert pets.name_of(dog) == "Max"


def test_base_parameter_takes_derived_instance():
    assert animals.call_go(animals.Dog()) == "woof! woof! woof! "
    assert animals.call_name(animals.Husky()) == "husky"


def test_automatic_downcast_to_most_derived_bound_type():
    pet = pets.pet_store()
    assert type(pet) is pets.Dog
    assert pet.bark() == "woof!"
    assert type(animals.make_dog()) is animals.Dog


def test_unbound_csharp_subclass_comes_back_as_nearest_bound_base():
    puppy = animals.make_puppy()
    assert type(puppy) is animals.Husky
    assert puppy.go(2) == "yip! yip! "  # still the C# object's own virtual method
    assert puppy.name() == "husky"


def test_abstract_class_cannot_be_instantiated():
    with pytest.raises(TypeError, match=r"cannot create 'Animal' instances: it is abstract; subclass it in Python and define go\(\)"):
        animals.Animal()


def test_wrong_type_for_base_parameter_names_the_expected_class():
    with pytest.raises(TypeError, match=r"call_go\(\).*Animal"):
        animals.call_go(pets.Dog("Rex"))


def test_python_class_deriving_from_two_unrelated_bound_classes_is_type_checked():
    import classes

    class PetDog(classes.Pet, animals.Dog):  # __init__ is Pet's: the C# object is a Pet, not a Dog
        pass

    rex = PetDog("rex")
    assert rex.name == "rex"
    with pytest.raises(TypeError, match="the C# object behind it is a Fixtures.Pet"):
        animals.Dog.go(rex, 2)
    with pytest.raises(TypeError, match="not a Animal"):
        animals.call_go(rex)


def test_class_assignment_between_bound_types_is_type_checked():
    import classes

    pet = classes.Pet("x")
    pet.__class__ = animals.Dog  # allowed by CPython: every bound type has the same layout
    with pytest.raises(TypeError, match="this Dog is not a Dog"):
        pet.go(1)


def test_struct_init_over_a_class_instance_forgets_its_identity():
    import classes

    pet = classes.Pet("x")
    assert pet.self() is pet  # the Pet is now in the identity map
    pet.__class__ = classes.Price
    classes.Price.__init__(pet, 1, "EUR")  # replaces the Pet: its map entry must go with it
    assert (pet.cents, pet.currency) == (1, "EUR")
    other = classes.Pet("b")  # reuses the Pet's handle slot
    assert other.self() is other
